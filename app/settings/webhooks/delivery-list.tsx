import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatDateTime } from "@/components/format";
import { describeKind } from "@/lib/domain/anomalies/describe-kind";
import { anomalyKinds, type AnomalyKind } from "@/lib/domain/anomalies/types";
import { MAX_ATTEMPTS } from "@/lib/domain/webhooks/retry-schedule";
import type { WebhookDeliveryView } from "@/lib/server/webhooks/webhook-view";

const statusStyle = {
  delivered: "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300",
  pending: "bg-amber-50 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300",
  failed: "bg-rose-50 text-rose-700 dark:bg-rose-500/15 dark:text-rose-300",
} as const;

const kindTitle = (kind: string) => ((anomalyKinds as readonly string[]).includes(kind) ? describeKind(kind as AnomalyKind) : kind);

function describeDelivery(d: WebhookDeliveryView): string {
  if (d.status === "delivered") return `Delivered ${formatDateTime(d.deliveredAt?.toISOString())}${d.attempts > 1 ? ` after ${d.attempts} attempts` : ""}`;
  if (d.status === "failed") return `Gave up after ${d.attempts} attempts`;
  if (d.attempts === 0) return "Waiting to be sent";
  return `Attempt ${d.attempts} of ${MAX_ATTEMPTS} failed; next try ${formatDateTime(d.nextAttemptAt.toISOString())}`;
}

/** The latest deliveries with what the endpoint answered, so a broken receiver is noticed. */
export function DeliveryList({ deliveries }: { deliveries: WebhookDeliveryView[] }) {
  if (deliveries.length === 0) {
    return (
      <EmptyState title="No deliveries yet">
        <p>Each new alert on one of your handles is sent here as it is detected.</p>
      </EmptyState>
    );
  }
  return (
    <ul aria-label="Recent deliveries" className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {deliveries.map((d) => (
        <li key={d.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ${statusStyle[d.status]}`}>{d.status}</span>
            {d.anomaly.handle ? (
              <Link href={`/dashboard/${encodeURIComponent(d.anomaly.handle)}/alerts/${d.anomaly.id}`} className="font-medium hover:underline">
                {kindTitle(d.anomaly.kind)} · @{d.anomaly.handle}
              </Link>
            ) : (
              <span className="font-medium">{kindTitle(d.anomaly.kind)}</span>
            )}
          </p>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {describeDelivery(d)}
            {d.status !== "delivered" && d.lastError ? ` · ${d.lastError}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
