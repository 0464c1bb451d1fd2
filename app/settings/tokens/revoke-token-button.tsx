import { ConfirmInPlace } from "@/components/confirm-in-place";
import { revokeApiTokenAction } from "./actions";

/** Revoking cannot be undone and stops every tool using the token, so it asks once more, in place. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  return (
    <ConfirmInPlace
      action={revokeApiTokenAction}
      label="Revoke"
      ariaLabel={`Revoke ${name}`}
      question={`Revoke ${name}?`}
      warning="Tools using it stop at once."
      confirmLabel="Yes, revoke"
      pendingLabel="Revoking…"
    >
      <input type="hidden" name="id" value={id} />
    </ConfirmInPlace>
  );
}
