import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { isOnlyAdmin, ONLY_ADMIN_MESSAGE } from "@/lib/domain/account/is-only-admin";
import { listTrackedAccounts } from "@/lib/server/queries/list-tracked-accounts";
import { readSignInLimits } from "@/lib/server/sign-in/read-sign-in-limits";
import { countAdmins } from "@/lib/server/users/count-admins";
import { requireViewer } from "../../require-viewer";
import { SettingsNav } from "../settings-nav";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Account" };

const cardClass = "rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900";

export default async function AccountSettingsPage() {
  // The viewer's email is read from the database on every request, so it is the current one even after a change.
  const viewer = await requireViewer();
  const [accounts, admins] = await Promise.all([listTrackedAccounts(viewer), countAdmins()]);
  return (
    <AppShell userEmail={viewer.email} role={viewer.role} accounts={accounts} currentHandle={accounts[0]?.handle ?? null}>
      <div className="mx-auto max-w-3xl space-y-8">
        <header className="space-y-4">
          <div className="space-y-2">
            <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">Settings</p>
            <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
            <p className="text-zinc-600 dark:text-zinc-400">
              Your sign-in email and password. Every change asks for your current password, and a wrong one counts as a failed
              sign-in: after {readSignInLimits().account.maxFailures} in a row, account changes and signing in both wait for a while.
            </p>
          </div>
          <SettingsNav current="/settings/account" />
        </header>

        <section aria-labelledby="email-heading" className="space-y-3">
          <h2 id="email-heading" className="text-lg font-semibold">Email</h2>
          <div className={`${cardClass} space-y-4`}>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              You sign in with <span className="break-all font-medium text-zinc-900 dark:text-zinc-100">{viewer.email}</span>.
            </p>
            <ChangeEmailForm />
          </div>
        </section>

        <section aria-labelledby="password-heading" className="space-y-3">
          <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
          <div className={cardClass}>
            <ChangePasswordForm email={viewer.email} />
          </div>
        </section>

        <section aria-labelledby="delete-heading" className="space-y-3">
          <h2 id="delete-heading" className="text-lg font-semibold text-red-700 dark:text-red-400">Danger zone</h2>
          <div className="space-y-4 rounded-xl border border-red-200 bg-white p-4 sm:p-5 dark:border-red-500/30 dark:bg-zinc-900">
            <div className="space-y-1">
              <h3 className="font-semibold">Delete account</h3>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Deletes this account and everything in it: your tracked handles, every import and its files, the follower history,
                lists, alerts, API tokens and webhook. It cannot be undone, so download any list you want to keep first.
              </p>
            </div>
            {isOnlyAdmin(viewer.role, admins) ? (
              <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200">
                {ONLY_ADMIN_MESSAGE}
              </p>
            ) : (
              <DeleteAccountForm />
            )}
          </div>
        </section>
      </div>
    </AppShell>
  );
}
