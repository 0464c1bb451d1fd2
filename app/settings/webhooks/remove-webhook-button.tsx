import { ConfirmInPlace } from "@/components/confirm-in-place";
import { removeWebhookAction } from "./actions";

/** Removing drops the secret and every pending delivery, so it asks once more, in place. */
export function RemoveWebhookButton() {
  return (
    <ConfirmInPlace
      action={removeWebhookAction}
      label="Remove webhook"
      question="Remove the webhook?"
      warning="Pending deliveries are dropped."
      confirmLabel="Yes, remove"
      pendingLabel="Removing…"
    />
  );
}
