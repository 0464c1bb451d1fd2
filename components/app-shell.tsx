import Link from "next/link";
import type { ReactNode } from "react";
import type { TrackedAccountSummary } from "@/lib/domain/view-types";
import { HandleSwitcher } from "./handle-switcher";
import { NavLinks, type NavLink } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export type AppShellProps = {
  userEmail: string;
  role: "CREATOR" | "ADMIN";
  accounts: TrackedAccountSummary[];
  currentHandle: string | null;
  /** open alerts of the current handle, shown as a badge on "Alerts" */
  openAlerts?: number;
  /** the navigation of a section that is not one tracked account's (the admin pages) */
  links?: NavLink[];
  children: ReactNode;
};

/** Signed-in layout: header (logo, nav, account switcher, user) and a centred main column. */
export function AppShell({ userEmail, role, accounts, currentHandle, openAlerts = 0, links: sectionLinks, children }: AppShellProps) {
  const base = currentHandle ? `/dashboard/${encodeURIComponent(currentHandle)}` : null;
  const links: NavLink[] = sectionLinks ?? (base
    ? [
        { href: base, label: "Overview", exact: true },
        { href: `${base}/relationships`, label: "Relationships", exact: false },
        { href: `${base}/bots`, label: "Bots", exact: false },
        { href: `${base}/manager`, label: "Following", exact: false },
        { href: `${base}/lists`, label: "Lists", exact: false },
        { href: `${base}/alerts`, label: "Alerts", exact: false, badge: openAlerts },
        { href: `${base}/imports`, label: "Imports", exact: false },
        { href: "/settings", label: "Settings", exact: false },
      ]
    : []);

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
        {/* Mobile: logo + user on row 1, nav on row 2, switcher on row 3. From sm up: one row. */}
        <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-2 px-4 py-3 sm:flex sm:gap-x-6 sm:px-6">
          <Link
            href="/dashboard"
            className="flex items-center gap-2 justify-self-start rounded-lg text-base font-semibold tracking-tight text-zinc-900 dark:text-white"
          >
            <span aria-hidden="true" className="grid size-7 place-items-center rounded-lg bg-indigo-600 text-sm text-white">
              F
            </span>
            Followlens
          </Link>

          <div className="col-span-2 row-start-2 min-w-0 sm:flex-1">
            {links.length > 0 ? <NavLinks links={links} /> : null}
          </div>

          {accounts.length >= 2 ? (
            <div className="col-span-2 row-start-3 justify-self-start">
              <HandleSwitcher handles={accounts.map((a) => a.handle)} current={currentHandle} />
            </div>
          ) : null}

          <div className="col-start-2 row-start-1 flex min-w-0 items-center gap-2 justify-self-end text-sm">
            <span className="hidden max-w-48 truncate text-zinc-600 2xl:inline dark:text-zinc-400" title={userEmail}>
              {userEmail}
            </span>
            <Link
              href="/add-handle"
              className="rounded-lg px-2 py-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              <span aria-hidden="true">+ </span>
              <span className="hidden sm:inline">Add handle</span>
              <span className="sr-only sm:hidden">Add handle</span>
            </Link>
            {role === "ADMIN" ? (
              <Link
                href="/admin"
                className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800 hover:bg-amber-200 dark:bg-amber-500/15 dark:text-amber-300 dark:hover:bg-amber-500/25"
              >
                Admin<span className="sr-only"> review queue</span>
              </Link>
            ) : null}
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
