import type { AccountBotScore } from "@/lib/domain/view-types";
import { confidenceMeaning } from "./confidence-badge";
import { LabelBadge } from "./label-badge";

/** The account's bot-likeness with every reason that counted, and the list it is on. */
export function AccountBotCard({ bot, list }: { bot: AccountBotScore; list: string | null }) {
  return (
    <section aria-labelledby="bot-heading" className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2 id="bot-heading" className="text-sm font-semibold">Bot-likeness</h2>
        <span className="text-lg font-semibold tabular-nums">{bot.score ?? "—"}</span>
        <LabelBadge label={bot.label} />
        {bot.confidence ? <span className="text-xs text-zinc-500 dark:text-zinc-400" title={confidenceMeaning[bot.confidence]}>{bot.confidence} confidence</span> : null}
        {list ? <span className="text-xs text-zinc-500 dark:text-zinc-400">on your {list} list</span> : null}
        <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">scoring version {bot.version}</span>
      </div>
      <ul className="space-y-1 text-sm">
        {bot.reasons.map((r) => (
          <li key={r.signal} className="flex justify-between gap-4">
            <span className="text-zinc-700 dark:text-zinc-300">{r.detail}</span>
            <span className={`tabular-nums ${r.weight > 0 ? "text-red-600 dark:text-red-400" : r.weight < 0 ? "text-emerald-600 dark:text-emerald-400" : "text-zinc-500"}`}>
              {r.weight > 0 ? `+${r.weight}` : r.weight}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
