import { AppShell } from "@/components/app-shell";
import { countOpenAlerts } from "@/lib/server/alerts/count-open-alerts";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { requireScope } from "../../require-viewer";

type Props = { children: React.ReactNode; params: Promise<{ handle: string }> };

export default async function TrackedAccountLayout({ children, params }: Props) {
  const { viewer, scope } = await requireScope((await params).handle);
  const [accounts, openAlerts] = await Promise.all([listTrackedAccounts(viewer), countOpenAlerts(scope)]);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={scope.handle} openAlerts={openAlerts}>
      {children}
    </AppShell>
  );
}
