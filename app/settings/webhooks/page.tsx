import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { formatDate } from "@/components/format";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { getWebhook } from "@/lib/server/webhooks/get-webhook";
import { listWebhookDeliveries } from "@/lib/server/webhooks/list-webhook-deliveries";
import { requireViewer } from "../../require-viewer";
import { SettingsNav } from "../settings-nav";
import { DeliveryList } from "./delivery-list";
import { RemoveWebhookButton } from "./remove-webhook-button";
import { TestWebhookButton } from "./test-webhook-button";
import { WebhookForm } from "./webhook-form";

export const metadata: Metadata = { title: "Webhooks" };

const payloadExample = `POST /your/endpoint
Content-Type: application/json
Followlens-Delivery: 1234
Followlens-Signature: t=1767225600,v1=5f1c…

{"type":"anomaly.detected","anomaly":{"id":42,"kind":"unexpected-unfollow",
 "severity":"medium","status":"open","windowStart":"…","windowEnd":"…",
 "summary":"3 accounts on your keep list disappeared …","accountCount":3,
 "accounts":["…"],"account":"yourhandle","url":"https://…/alerts/42"}}`;

const verifyExample = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (before JSON.parse)
function isFromFollowlens(rawBody, header, secret) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  const expected = createHmac("sha256", secret).update(\`\${parts.t}.\${rawBody}\`).digest("hex");
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) <= 300;
  const given = Buffer.from(parts.v1 ?? "");
  return fresh && given.length === 64 && timingSafeEqual(Buffer.from(expected), given);
}`;

export default async function WebhooksPage() {
  const viewer = await requireViewer();
  const [accounts, webhook, deliveries] = await Promise.all([listTrackedAccounts(viewer), getWebhook(viewer), listWebhookDeliveries(viewer)]);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={accounts[0]?.handle ?? null}>
      <div className="mx-auto max-w-3xl space-y-8">
        <header className="space-y-4">
          <div className="space-y-2">
            <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">Settings</p>
            <h1 className="text-2xl font-semibold tracking-tight">Webhook</h1>
            <p className="text-zinc-600 dark:text-zinc-400">
              Followlens can call a URL of yours whenever it finds a new alert on one of your handles, for a chat bot, a spreadsheet
              or your own tools. Each request is signed, and retried for about 15 hours if your endpoint is down.
            </p>
          </div>
          <SettingsNav current="/settings/webhooks" />
        </header>

        <section aria-labelledby="url-heading" className="space-y-3">
          <h2 id="url-heading" className="text-lg font-semibold">{webhook ? "Your webhook" : "Set a webhook"}</h2>
          {webhook ? (
            <div className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Sending to <span className="break-all font-mono text-zinc-900 dark:text-zinc-100">{webhook.url}</span> since{" "}
                {formatDate(webhook.createdAt.toISOString())}. Signing secret{" "}
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">{webhook.secretHint}</code>
              </p>
              <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <TestWebhookButton />
                <RemoveWebhookButton />
              </div>
            </div>
          ) : null}
          <WebhookForm current={webhook?.url ?? null} />
        </section>

        {webhook ? (
          <section aria-labelledby="deliveries-heading" className="space-y-3">
            <h2 id="deliveries-heading" className="text-lg font-semibold">Recent deliveries</h2>
            <DeliveryList deliveries={deliveries} />
          </section>
        ) : null}

        <section aria-labelledby="format-heading" className="space-y-3">
          <h2 id="format-heading" className="text-lg font-semibold">What your endpoint receives</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A JSON POST per new alert. Answer with any 2xx within 10 seconds; anything else is retried after 1 minute, 5 minutes,
            30 minutes, 2 hours and 12 hours. The <code className="font-mono">Followlens-Delivery</code> id stays the same across
            retries, so a receiver can ignore one it has already handled.
          </p>
          <pre className="relative overflow-x-auto rounded-xl bg-zinc-900 p-4 text-xs leading-relaxed text-zinc-100 dark:bg-black/40">
            <code>{payloadExample}</code>
          </pre>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Check the signature before trusting a request: an HMAC-SHA256 of <code className="font-mono">&lt;t&gt;.&lt;body&gt;</code> with your
            secret, and a time no more than 5 minutes off (so a captured request cannot be replayed).
          </p>
          <pre className="relative overflow-x-auto rounded-xl bg-zinc-900 p-4 text-xs leading-relaxed text-zinc-100 dark:bg-black/40">
            <code>{verifyExample}</code>
          </pre>
        </section>
      </div>
    </AppShell>
  );
}
