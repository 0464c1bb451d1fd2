"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentSection } from "@/lib/domain/navigation/is-current-section";
import type { NavSection } from "@/lib/domain/navigation/nav-sections";

const linkClass = {
  bar: "block whitespace-nowrap rounded-lg px-3 py-1.5 text-sm font-medium transition-colors",
  list: "flex items-center justify-between rounded-lg px-3 py-2.5 text-base font-medium transition-colors",
};

/**
 * The main navigation, marking the current section (aria-current; needs the pathname, hence a client component).
 * "bar": one row that wraps rather than cutting a section off; "list": a column, for the phone menu.
 */
export function NavLinks({ links, layout }: { links: NavSection[]; layout: "bar" | "list" }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main">
      <ul className={layout === "bar" ? "flex flex-wrap items-center gap-1" : "flex flex-col gap-0.5"}>
        {links.map((link) => {
          const active = isCurrentSection(pathname, link);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`${linkClass[layout]} ${
                  active
                    ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300"
                    : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
                }`}
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
