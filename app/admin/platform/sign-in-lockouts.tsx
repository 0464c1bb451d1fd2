import { EmptyState } from "@/components/empty-state";
import { formatDateTime, formatNumber } from "@/components/format";
import { findSignInLockouts } from "@/lib/server/admin/find-sign-in-lockouts";
import type { Viewer } from "@/lib/server/auth/viewer";
import { orNotFound } from "../or-not-found";

const card = "rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900";
const scopeLabel = { account: "Account", address: "Address" } as const;

/** The latest sign-in lockouts: an account or an address that failed too often in a row. */
export async function SignInLockouts({ viewer }: { viewer: Viewer }) {
  const rows = await orNotFound(findSignInLockouts(viewer));
  return (
    <section aria-labelledby="lockouts-heading" className={`${card} space-y-3`}>
      <h2 id="lockouts-heading" className="text-base font-semibold">Sign-in lockouts</h2>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Accounts and addresses locked out after failed sign-ins in a row, newest first. An unknown email is locked out like a known one (shown without an account).
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No lockouts" />
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">When</th>
                <th scope="col" className="py-2 pr-3 font-medium">Locked</th>
                <th scope="col" className="py-2 pr-3 font-medium">Account</th>
                <th scope="col" className="py-2 pr-3 font-medium">Address</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Failures</th>
                <th scope="col" className="py-2 font-medium">Until</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.at)}</td>
                  <td className="py-2 pr-3">{scopeLabel[r.scope]}</td>
                  <td className="py-2 pr-3 break-all">{r.email ?? <span className="text-zinc-500 dark:text-zinc-400">—</span>}</td>
                  <td className="py-2 pr-3 font-mono text-xs break-all">{r.address ?? "—"}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(r.failures)}</td>
                  <td className="py-2 whitespace-nowrap">
                    {formatDateTime(r.until)}
                    {r.inForce ? (
                      <span className="ml-2 inline-flex items-center rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-500/30">
                        in force
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
