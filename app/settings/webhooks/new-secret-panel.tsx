import { ShowOnceSecret } from "@/components/show-once-secret";

/** The one time the signing secret is shown: the receiver needs it to check each request. */
export function NewSecretPanel({ secret }: { secret: string }) {
  return (
    <ShowOnceSecret title="Webhook set: here is its signing secret" value={secret} noun="secret" label="Signing secret" testId="webhook-secret">
      Copy it now: this is the only time it is shown. Your endpoint uses it to check that a request really comes from Followlens.
      To get a new one, remove the webhook and set it again.
    </ShowOnceSecret>
  );
}
