import { AppShell } from "@/components/app-shell";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { requireScope } from "../../require-viewer";

type Props = { children: React.ReactNode; params: Promise<{ handle: string }> };

export default async function TrackedAccountLayout({ children, params }: Props) {
  const { viewer, scope } = await requireScope((await params).handle);
  const accounts = await listTrackedAccounts(viewer);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={scope.handle}>
      {children}
    </AppShell>
  );
}
