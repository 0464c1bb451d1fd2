import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { requireViewer } from "../../require-viewer";
import { SettingsNav } from "../settings-nav";
import { CreateTokenForm } from "./create-token-form";
import { TokenList } from "./token-list";

export const metadata: Metadata = { title: "API tokens" };

const example = `curl -X POST "$FOLLOWLENS_URL/api/v1/accounts/yourhandle/snapshots" \\
  -H "Authorization: Bearer $FOLLOWLENS_TOKEN" \\
  -H "Content-Type: application/x-ndjson" \\
  --data-binary @followers.ndjson`;

export default async function ApiTokensPage() {
  const viewer = await requireViewer();
  const [accounts, tokens] = await Promise.all([listTrackedAccounts(viewer), listApiTokens(viewer)]);
  return (
    // The first tracked account stands in as current so the navigation (with Settings marked) stays on screen.
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={accounts[0]?.handle ?? null}>
      <div className="mx-auto max-w-3xl space-y-8">
        <header className="space-y-4">
          <div className="space-y-2">
            <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">Settings</p>
            <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
            <p className="text-zinc-600 dark:text-zinc-400">
              Tools that push your follower lists, follow events or profile data on a schedule sign in with a token. A token acts
              for you and reaches only the handles you track.
            </p>
          </div>
          <SettingsNav current="/settings/tokens" />
        </header>

        <section aria-labelledby="create-heading" className="space-y-3">
          <h2 id="create-heading" className="text-lg font-semibold">Create a token</h2>
          <CreateTokenForm />
        </section>

        <section aria-labelledby="list-heading" className="space-y-3">
          <h2 id="list-heading" className="text-lg font-semibold">Your tokens</h2>
          <TokenList tokens={tokens} />
        </section>

        <section aria-labelledby="use-heading" className="space-y-2">
          <h2 id="use-heading" className="text-lg font-semibold">Using a token</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Send it as <code className="font-mono">Authorization: Bearer fl_…</code>. Every endpoint, field and answer is described
            in the{" "}
            <a href="/api/v1/openapi.json" className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              OpenAPI document
            </a>
            .
          </p>
          <pre className="relative overflow-x-auto rounded-xl bg-zinc-900 p-4 text-xs leading-relaxed text-zinc-100 dark:bg-black/40">
            <code>{example}</code>
          </pre>
        </section>
      </div>
    </AppShell>
  );
}
