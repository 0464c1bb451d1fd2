import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { AddTrackedAccountForm } from "../dashboard/add-tracked-account-form";
import { requireViewer } from "../require-viewer";

export const metadata: Metadata = { title: "Add a handle" };

export default async function AddHandlePage() {
  const viewer = await requireViewer();
  const accounts = await listTrackedAccounts(viewer);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={null}>
      <section className="mx-auto max-w-lg py-12">
        <h1 className="text-2xl font-semibold tracking-tight">Track another handle</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          {accounts.length ? `You track ${accounts.map((a) => `@${a.handle}`).join(", ")}. ` : ""}Each handle keeps its own history.
        </p>
        <AddTrackedAccountForm />
      </section>
    </AppShell>
  );
}
