import { getManagerCounts } from "@/lib/server/manager/get-manager-counts";
import { requireScope } from "../../../require-viewer";
import { managerBase } from "./action-scope";
import { ManagerTabs } from "./manager-tabs";

type Props = { children: React.ReactNode; params: Promise<{ handle: string }> };

export default async function ManagerLayout({ children, params }: Props) {
  const { scope } = await requireScope((await params).handle);
  const counts = await getManagerCounts(scope);
  const base = managerBase(scope.handle);
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Following Manager</h1>
        <p className="max-w-3xl text-sm text-zinc-500 dark:text-zinc-400">
          Decide whom to keep and whom to unfollow. Followlens cannot follow or unfollow on TikTok for you: do it in the app, record it here,
          and your next snapshot confirms it (or raises an alert when it did not happen).
        </p>
      </header>
      <ManagerTabs
        tabs={[
          { href: base, label: "Suggestions" },
          { href: `${base}/keep`, label: "Keep list", count: counts.keep, countLabel: accountsLabel(counts.keep) },
          { href: `${base}/unfollow`, label: "Unfollow list", count: counts.unfollow, countLabel: accountsLabel(counts.unfollow) },
          { href: `${base}/fans`, label: "Fans" },
          { href: `${base}/recorded`, label: "Recorded actions", count: counts.pending || undefined, countLabel: `${counts.pending} pending` },
        ]}
      />
      {children}
    </div>
  );
}

const accountsLabel = (n: number) => `${n} ${n === 1 ? "account" : "accounts"}`;
