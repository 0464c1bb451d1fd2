import Link from "next/link";
import { formatNumber } from "@/components/format";
import type { AlertFilter } from "@/lib/server/alerts/alert-filter";

const labels: Record<AlertFilter, string> = { open: "Open", all: "All", reported: "Sent to the admins", closed: "Closed" };

/** The filter tabs; counts beside each so an empty tab is not a click into nothing. */
export function AlertTabs({ current, counts, hrefFor }: { current: AlertFilter; counts: Record<AlertFilter, number>; hrefFor: (f: AlertFilter) => string }) {
  return (
    <nav aria-label="Filter alerts" className="-mx-1 relative overflow-x-auto">
      <ul className="flex gap-2 px-1">
        {(Object.keys(labels) as AlertFilter[]).map((filter) => {
          const active = filter === current;
          return (
            <li key={filter}>
              <Link
                href={hrefFor(filter)}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-lg px-3 py-1.5 text-sm font-medium ${
                  active
                    ? "bg-indigo-600 text-white dark:bg-indigo-500"
                    : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800 dark:hover:bg-zinc-800"
                }`}
              >
                {labels[filter]}
                <span className={`tabular-nums text-xs ${active ? "text-indigo-100" : "text-zinc-500 dark:text-zinc-400"}`}>{formatNumber(counts[filter])}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
