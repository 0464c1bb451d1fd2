import { compactReasons } from "@/lib/domain/compact-reasons";
import type { BotReason } from "@/lib/domain/bots/types";

const points = (w: number) => (w > 0 ? `+${w}` : String(w));

function Reason({ reason, strongest }: { reason: BotReason; strongest: boolean }) {
  if (reason.weight === 0) return <li className="text-zinc-500 dark:text-zinc-400">{reason.detail}</li>;
  // Colour marks only the strongest reason of the row; the rest stay calm.
  const style = !strongest
    ? "text-zinc-700 dark:text-zinc-300"
    : reason.weight > 0
      ? "rounded-md bg-red-50 px-1.5 py-0.5 text-red-800 dark:bg-red-500/10 dark:text-red-300"
      : "rounded-md bg-emerald-50 px-1.5 py-0.5 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300";
  return (
    <li className={`tabular-nums ${style}`}>
      {reason.detail} <span className="font-medium">{points(reason.weight)}</span>
    </li>
  );
}

/**
 * The strongest one or two reasons of a score inline, the others (and what was not known) behind a disclosure that
 * opens with Enter or Space like any native <details>.
 */
export function ReasonList({ reasons, subject }: { reasons: BotReason[]; subject: string }) {
  const { inline, more } = compactReasons(reasons);
  if (inline.length === 0) return <span className="text-xs text-zinc-500 dark:text-zinc-400">No signal counted</span>;
  return (
    <div className="text-xs">
      <ul className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {inline.map((r, i) => <Reason key={r.signal} reason={r} strongest={i === 0} />)}
      </ul>
      {more.length > 0 && (
        <details className="mt-1">
          <summary className="w-fit cursor-pointer rounded text-indigo-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-indigo-300">
            +{more.length} more<span className="sr-only"> {more.length === 1 ? "reason" : "reasons"} for {subject}</span>
          </summary>
          <ul className="mt-1 space-y-0.5 border-l border-zinc-200 pl-2 dark:border-zinc-700">
            {more.map((r) => <Reason key={r.signal} reason={r} strongest={false} />)}
          </ul>
        </details>
      )}
    </div>
  );
}
