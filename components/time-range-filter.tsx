import Link from "next/link";
import { presetLabel, rangePresets, type DayBounds, type RangePreset, type TimeRange } from "@/lib/domain/time-range";
import { formatBetween } from "./format";
import { rangeHref } from "./time-range-href";

const short: Record<RangePreset, string> = { "7d": "7d", "28d": "28d", "90d": "90d", "365d": "1y", all: "All" };
const long: Record<RangePreset, string> = { "7d": "7 days", "28d": "28 days", "90d": "90 days", "365d": "1 year", all: "All time" };

const segment = "block rounded-md px-2.5 py-1 font-medium tabular-nums transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500";
const idle = "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white";
const chosen = "bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-white";
const dateInput =
  "rounded-lg border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:[color-scheme:dark]";

/** What the range covers in words: "Last 7 days · 1 Dec – 7 Dec 2026", "1 Nov – 30 Nov 2026", "All time". */
export function describeRange(range: TimeRange, bounds: DayBounds): string {
  const days = bounds.from || bounds.to ? formatBetween(bounds.from, bounds.to) : null;
  const label = "preset" in range ? presetLabel(range.preset) : null;
  if (label && days) return `${label} · ${days}`;
  return label ?? days ?? "All time";
}

/**
 * The account's one time filter: preset links and a custom range (native date inputs, a GET form), both keeping
 * the page's other parameters (`query`). Works without JavaScript and from the keyboard.
 */
export function TimeRangeFilter({ range, bounds, basePath, query }: { range: TimeRange; bounds: DayBounds; basePath: string; query: Record<string, string> }) {
  const custom = !("preset" in range);
  const keep = Object.entries(query).filter(([key]) => !["range", "from", "to", "page"].includes(key));
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-start gap-2">
        <nav aria-label="Time range">
          <ul className="inline-flex rounded-lg border border-zinc-200 bg-zinc-100 p-0.5 text-sm dark:border-zinc-800 dark:bg-zinc-900">
            {rangePresets.map((preset) => {
              const active = "preset" in range && range.preset === preset;
              return (
                <li key={preset}>
                  <Link href={rangeHref(basePath, query, { preset })} scroll={false} aria-current={active ? "page" : undefined} className={`${segment} ${active ? chosen : idle}`}>
                    <span aria-hidden="true">{short[preset]}</span>
                    <span className="sr-only">{long[preset]}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <details className="group" open={custom || undefined}>
          <summary
            className={`w-fit cursor-pointer list-none rounded-lg border px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              custom
                ? "border-indigo-300 bg-indigo-50 text-indigo-700 dark:border-indigo-500/40 dark:bg-indigo-500/15 dark:text-indigo-200"
                : "border-zinc-200 text-zinc-600 hover:text-zinc-900 dark:border-zinc-800 dark:text-zinc-400 dark:hover:text-white"
            }`}
          >
            Custom range<span aria-hidden="true" className="ml-1 inline-block transition-transform group-open:rotate-180">▾</span>
          </summary>
          <form method="get" action={basePath} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
            {keep.map(([key, value]) => (
              <input key={key} type="hidden" name={key} value={value} />
            ))}
            <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
              From
              <input type="date" name="from" defaultValue={custom ? (range.from ?? "") : (bounds.from ?? "")} className={dateInput} />
            </label>
            <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
              To
              <input type="date" name="to" defaultValue={custom ? (range.to ?? "") : (bounds.to ?? "")} className={dateInput} />
            </label>
            <button type="submit" className="rounded-lg bg-zinc-900 px-3 py-1.5 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white">
              Apply
            </button>
          </form>
        </details>
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400" aria-live="polite">
        Showing <span className="font-medium text-zinc-700 dark:text-zinc-200">{describeRange(range, bounds)}</span>
      </p>
    </div>
  );
}
