import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { requireViewer } from "../require-viewer";
import { AddTrackedAccountForm } from "./add-tracked-account-form";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardHome() {
  const viewer = await requireViewer();
  const accounts = await listTrackedAccounts(viewer);
  if (accounts[0]) redirect(`/dashboard/${encodeURIComponent(accounts[0].handle)}`);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={null}>
      <section className="mx-auto max-w-lg py-12">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome to Followlens</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Start by adding the TikTok handle you want to track. You can track several and switch between them.
        </p>
        <AddTrackedAccountForm />
      </section>
    </AppShell>
  );
}
