import { readTargetPolicy, type WebhookTargetPolicy } from "@/lib/domain/webhooks/webhook-target";

/** Which networks webhooks may reach: FOLLOWLENS_WEBHOOK_TARGETS = local (default) | public | private. */
export function webhookTargetPolicy(): WebhookTargetPolicy {
  return readTargetPolicy(process.env.FOLLOWLENS_WEBHOOK_TARGETS);
}

/** Where this Followlens answers, for the links inside deliveries (NEXTAUTH_URL is set by `npm start`). */
export function publicBaseUrl(): string {
  return process.env.FOLLOWLENS_URL || process.env.NEXTAUTH_URL || "http://localhost:3000";
}
