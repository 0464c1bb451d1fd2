import Link from "next/link";
import type { OutsideRangeHint } from "@/lib/domain/outside-range";
import { ALL_TIME, isAllTime, presetLabel, type TimeRange } from "@/lib/domain/time-range";
import { formatBetween } from "./format";

const link = "text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400";

/** "Show the last 28 days" or "Show 15 Oct – 31 Dec 2024": the range a hint points at, in words. */
function showLabel(range: TimeRange): string {
  if (!("preset" in range)) return `Show ${formatBetween(range.from, range.to)}`;
  const label = presetLabel(range.preset);
  return `Show ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** Why a ranged list or card is empty, with a link to the range that shows what lies outside (and to all time). */
export function OutsideRangeNote({ hint, hrefFor }: { hint: OutsideRangeHint; hrefFor: (range: TimeRange) => string }) {
  return (
    <div className="space-y-2">
      <p>{hint.message}</p>
      <p className="flex flex-wrap justify-center gap-x-4 gap-y-1">
        <Link href={hrefFor(hint.showing)} className={link}>
          {showLabel(hint.showing)}
        </Link>
        {isAllTime(hint.showing) ? null : (
          <Link href={hrefFor(ALL_TIME)} className={link}>
            Show all time
          </Link>
        )}
      </p>
    </div>
  );
}
