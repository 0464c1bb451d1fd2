"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** badge: a count shown beside the label (open alerts); hidden when 0 */
export type NavLink = {
  href: string;
  label: string;
  exact: boolean;
  badge?: number;
  /** further paths under which this link is the current section (the queue, on an anomaly's page) */
  alsoUnder?: string[];
};

/** Primary navigation; highlights the current section (needs the pathname, hence a client component). */
export function NavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-1 overflow-x-auto">
      <ul className="flex items-center gap-1 px-1">
        {links.map((link) => {
          const path = safeDecode(pathname ?? "");
          const target = safeDecode(link.href);
          const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
          const active = (link.exact ? path === target : under(target)) || (link.alsoUnder ?? []).some((p) => under(safeDecode(p)));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={
                  "block whitespace-nowrap rounded-lg px-2.5 py-1.5 text-sm sm:px-3 font-medium transition-colors " +
                  (active
                    ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300"
                    : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white")
                }
              >
                {link.label}
                {link.badge ? (
                  <span
                    className="ml-1.5 inline-grid min-w-5 place-items-center rounded-full bg-rose-600 px-1.5 text-xs font-semibold leading-5 text-white"
                    aria-label={`${link.badge} open`}
                  >
                    {link.badge > 99 ? "99+" : link.badge}
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

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).toLowerCase();
  } catch {
    return value.toLowerCase();
  }
}
