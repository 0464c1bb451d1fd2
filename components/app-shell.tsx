import Link from "next/link";
import type { ReactNode } from "react";
import { accountSections, pageSections } from "@/lib/domain/navigation/nav-sections";
import type { TrackedAccountSummary } from "@/lib/domain/view-types";
import { AccountActions } from "./account-actions";
import { HandleSwitcher } from "./handle-switcher";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";

export type AppShellProps = {
  userEmail: string;
  role: "CREATOR" | "ADMIN";
  accounts: TrackedAccountSummary[];
  /** the tracked account whose sections the navigation shows; null: a page of no account (admin, add a handle) */
  currentHandle: string | null;
  /** open alerts of the current handle, shown as a badge on "Alerts" */
  openAlerts?: number;
  children: ReactNode;
};

/**
 * Signed-in layout. From 1024 px: a row with the logo, the account picker and the user's actions, and under it every
 * section in a row that wraps rather than hides one. Below: the logo, the picker and a menu button whose panel holds
 * the sections and the actions.
 */
export function AppShell({ userEmail, role, accounts, currentHandle, openAlerts = 0, children }: AppShellProps) {
  const links = currentHandle ? accountSections(currentHandle, openAlerts) : pageSections(role);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6 lg:gap-6">
          <Link
            href="/"
            className="flex shrink-0 items-center gap-2 rounded-lg text-base font-semibold tracking-tight text-zinc-900 dark:text-white"
          >
            <span aria-hidden="true" className="grid size-7 place-items-center rounded-lg bg-indigo-600 text-sm text-white">
              F
            </span>
            <span className="sr-only sm:not-sr-only">Followlens</span>
          </Link>
          <div className="min-w-0 flex-1">
            <HandleSwitcher handles={accounts.map((a) => a.handle)} current={currentHandle} />
          </div>
          <div className="hidden lg:block">
            <AccountActions userEmail={userEmail} role={role} layout="bar" />
          </div>
          <MobileMenu>
            <NavLinks links={links} layout="list" />
            <AccountActions userEmail={userEmail} role={role} layout="list" />
          </MobileMenu>
        </div>
        <div className="mx-auto hidden max-w-6xl px-4 pb-2 sm:px-6 lg:block">
          <NavLinks links={links} layout="bar" />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
