"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** countLabel: what the count is, for screen readers ("3 pending") */
export type ManagerTab = { href: string; label: string; count?: number; countLabel?: string };

/** The manager's own sections; the current one is marked (needs the pathname, hence a client component). */
export function ManagerTabs({ tabs }: { tabs: ManagerTab[] }) {
  const pathname = decodeURIComponent(usePathname() ?? "").toLowerCase();
  return (
    <nav aria-label="Following Manager" className="-mx-1 relative overflow-x-auto">
      <ul className="flex gap-2 px-1 pb-1">
        {tabs.map((tab, i) => {
          const target = decodeURIComponent(tab.href).toLowerCase();
          const active = i === 0 ? pathname === target : pathname === target || pathname.startsWith(`${target}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`flex items-center gap-1.5 whitespace-nowrap rounded-lg px-3 py-1.5 text-sm font-medium ${
                  active
                    ? "bg-indigo-600 text-white"
                    : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800 dark:hover:bg-zinc-800"
                }`}
              >
                {tab.label}
                {tab.count !== undefined ? (
                  <span aria-label={tab.countLabel} className={`rounded-full px-1.5 text-xs tabular-nums ${active ? "bg-white/20" : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"}`}>
                    {tab.count.toLocaleString("en-US")}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
