import { EmptyState } from "@/components/empty-state";
import { formatDate, formatDateTime } from "@/components/format";
import type { ApiTokenView } from "@/lib/server/api-tokens/api-token-view";
import { RevokeTokenButton } from "./revoke-token-button";

export function TokenList({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) {
    return (
      <EmptyState title="No tokens yet">
        <p>Make one above for each tool that pushes your lists.</p>
      </EmptyState>
    );
  }
  return (
    <ul aria-label="API tokens" className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {tokens.map((token) => {
        const revoked = token.revokedAt !== null;
        return (
          <li key={token.id} aria-label={token.name} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <span className={`break-words font-medium ${revoked ? "text-zinc-500 line-through dark:text-zinc-500" : ""}`}>{token.name}</span>
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                  fl_{token.prefix}…
                </code>
                {revoked ? (
                  <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
                    Revoked {formatDate(token.revokedAt?.toISOString())}
                  </span>
                ) : (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300">
                    Active
                  </span>
                )}
              </p>
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Created {formatDate(token.createdAt.toISOString())} · Last used{" "}
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt.toISOString()) : "never"}
              </p>
            </div>
            {revoked ? null : <RevokeTokenButton id={token.id} name={token.name} />}
          </li>
        );
      })}
    </ul>
  );
}
