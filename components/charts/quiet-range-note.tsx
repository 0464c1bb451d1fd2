import { OutsideRangeNote } from "../outside-range-note";
import { ALL_TIME, rangeShowing, type TimeRange } from "@/lib/domain/time-range";
import type { DailySeries } from "@/lib/domain/view-types";
import { formatBetween, formatDate } from "../format";

/** Says why a chart is flat or empty in its range (every change lies before it) and links to a range that shows one. */
export function QuietRangeNote({ series, hrefFor }: { series: DailySeries; hrefFor: (range: TimeRange) => string }) {
  const { window, lastDay, lastChangeBefore } = series;
  let hint = null;
  if (!window && lastDay) hint = { message: "This range holds no follower history.", showing: ALL_TIME };
  else if (window && lastDay && lastChangeBefore) {
    hint = {
      message:
        `No one followed or unfollowed you from ${formatBetween(window.from, window.to, " to ")}. ` +
        `The latest change before it was on ${formatDate(lastChangeBefore)}.`,
      showing: rangeShowing(lastChangeBefore, lastDay, lastDay),
    };
  }
  if (!hint) return null;
  return (
    <div role="note" className="rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3 text-center text-sm text-indigo-950 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-100">
      <OutsideRangeNote hint={hint} hrefFor={hrefFor} />
    </div>
  );
}
