/** What the settings page shows of a webhook: picked explicitly, the secret never leaves the data layer after creation. */
export type WebhookView = { url: string; secretHint: string; createdAt: Date };

export type WebhookDeliveryView = {
  id: number;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  anomaly: { id: number; kind: string; summary: string; handle: string | null };
};
