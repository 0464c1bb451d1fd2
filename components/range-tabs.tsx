import Link from "next/link";
import type { ChartRange } from "@/lib/domain/view-types";

const ranges: { value: ChartRange; label: string; title: string }[] = [
  { value: "7", label: "7d", title: "Last 7 days" },
  { value: "28", label: "28d", title: "Last 28 days" },
  { value: "90", label: "90d", title: "Last 90 days" },
  { value: "365", label: "1y", title: "Last year" },
  { value: "all", label: "All", title: "All time" },
];

/** Segmented links choosing the chart window. */
export function RangeTabs({ current, hrefFor }: { current: ChartRange; hrefFor: Record<ChartRange, string> }) {
  return (
    <nav aria-label="Chart range">
      <ul className="inline-flex rounded-lg border border-zinc-200 bg-zinc-100 p-0.5 text-sm dark:border-zinc-800 dark:bg-zinc-900">
        {ranges.map((r) => {
          const active = r.value === current;
          return (
            <li key={r.value}>
              <Link
                href={hrefFor[r.value]}
                scroll={false}
                title={r.title}
                aria-current={active ? "page" : undefined}
                className={
                  "block rounded-md px-2.5 py-1 font-medium tabular-nums transition-colors " +
                  (active
                    ? "bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-white"
                    : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white")
                }
              >
                {r.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
