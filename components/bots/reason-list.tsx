import type { BotReason } from "@/lib/domain/bots/types";

/** The signals that counted, strongest first, each with its value and points; when none counted, what was checked. */
export function ReasonList({ reasons, limit = 4 }: { reasons: BotReason[]; limit?: number }) {
  const counted = reasons.filter((r) => r.weight !== 0);
  const shown = (counted.length > 0 ? counted : reasons).slice(0, limit);
  if (shown.length === 0) return <span className="text-xs text-zinc-500 dark:text-zinc-400">No signal counted</span>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {shown.map((r) => (
        <li
          key={r.signal}
          title={r.detail}
          className={`rounded-md px-1.5 py-0.5 text-xs tabular-nums ${
            r.weight > 0
              ? "bg-red-50 text-red-800 dark:bg-red-500/10 dark:text-red-300"
              : r.weight < 0
                ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300"
                : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
          }`}
        >
          {r.detail} <span className="font-medium">{r.weight > 0 ? `+${r.weight}` : r.weight}</span>
        </li>
      ))}
      {reasons.length > shown.length && <li className="px-1 text-xs text-zinc-500 dark:text-zinc-400">+{reasons.length - shown.length} more</li>}
    </ul>
  );
}
