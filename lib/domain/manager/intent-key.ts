export type IntentAction = "follow" | "unfollow";

/**
 * The idempotency key of an intent recorded in Followlens: one per account, action and moment, so a retried
 * statement inserts nothing twice while the same action a day later is a new intent.
 */
export function intentKey(action: IntentAction, handleKey: string, epochMs: number): string {
  return `followlens:${action}:${handleKey}:${epochMs}`;
}
