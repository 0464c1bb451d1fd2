import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { requireViewer } from "../require-viewer";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Followlens" } };

/** For comfort only: every admin query refuses a creator itself (lib/server/admin/require-admin.ts). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.role !== "ADMIN") notFound();
  const accounts = await listTrackedAccounts(viewer);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={null}>
      {children}
    </AppShell>
  );
}
