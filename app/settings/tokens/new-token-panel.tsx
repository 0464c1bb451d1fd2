import { ShowOnceSecret } from "@/components/show-once-secret";

/** The one time a token is shown: copy it now, it is stored only as a hash. */
export function NewTokenPanel({ name, token }: { name: string; token: string }) {
  return (
    <ShowOnceSecret title={<>Token “{name}” created</>} value={token} noun="token" label="New API token" testId="new-token">
      Copy it now: this is the only time it is shown. We keep only a fingerprint of it, so it cannot be shown again. Anyone
      with it can push data to your tracked handles; keep it out of shared files and repositories.
    </ShowOnceSecret>
  );
}
