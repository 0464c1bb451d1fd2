import Link from "next/link";
import type { ReactNode } from "react";
import { botConfidences, botLabelPlurals, botLabels } from "@/lib/domain/bot-query";
import { signalGuide } from "@/lib/domain/bot-signal-guide";
import { sharePercent, type BotReasonCount, type BotTally } from "@/lib/domain/bot-summary";
import type { BotLabel } from "@/lib/domain/bots/types";
import { formatNumber } from "../format";
import { confidenceMeaning } from "./confidence-badge";

const bar: Record<BotLabel, string> = {
  "likely-bot": "bg-red-500",
  suspicious: "bg-amber-400",
  "likely-real": "bg-emerald-500",
  unknown: "bg-zinc-300 dark:bg-zinc-600",
};
const link = "text-indigo-700 underline underline-offset-2 dark:text-indigo-300";
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pointRange = (r: BotReasonCount) => (r.minPoints === r.maxPoints ? `+${r.minPoints}` : `+${r.minPoints} to +${r.maxPoints}`);

type Props = {
  tally: BotTally;
  reasons: BotReasonCount[];
  /** the bots page's address; each count links to its tab there */
  base: string;
  /** the note on missing profiles, when there is one */
  children?: ReactNode;
};

/** How many accounts look like bots, how sure the scores are, and which signals flag them most. */
export function BotSummary({ tally, reasons, base, children }: Props) {
  const { total, flagged } = tally;
  return (
    <section aria-labelledby="bot-summary-heading" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="bot-summary-heading" className="text-lg font-semibold">Summary</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{formatNumber(total)} accounts scored: your followers and the accounts you follow</p>
      </div>
      <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
        {botLabels.map((label) => tally.labels[label] > 0 && <span key={label} className={bar[label]} style={{ width: `${(tally.labels[label] / total) * 100}%` }} />)}
      </div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {botLabels.map((label) => (
          <li key={label}>
            <Link
              href={`${base}?label=${label}`}
              className="block rounded-lg px-3 py-2 ring-1 ring-zinc-200 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:ring-zinc-800 dark:hover:bg-zinc-800"
            >
              <span className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
                <span aria-hidden="true" className={`size-2 rounded-full ${bar[label]}`} />
                {capital(botLabelPlurals[label])}
              </span>
              <span className="block text-2xl font-semibold tabular-nums">{formatNumber(tally.labels[label])}</span>
              <span className="block text-xs text-zinc-600 tabular-nums dark:text-zinc-400">{sharePercent(tally.labels[label], total)} of scored</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-medium">How sure:</span>{" "}
        {botConfidences.map((c, i) => (
          <span key={c}>
            {i > 0 && " · "}
            <Link href={`${base}?confidence=${c}`} className={link} title={confidenceMeaning[c]}>
              {c} {formatNumber(tally.confidence[c])} ({sharePercent(tally.confidence[c], total)})
            </Link>
          </span>
        ))}
        {tally.labels.unknown > 0 && ` · ${formatNumber(tally.labels.unknown)} unknown, with nothing to go on`}
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">Low: {confidenceMeaning.low}; high: {confidenceMeaning.high}.</span>
      </p>
      {children}
      <div>
        <h3 className="text-sm font-semibold">Why accounts are flagged</h3>
        {flagged === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No account scores as suspicious or worse.</p>
        ) : (
          <>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              The signals behind the {formatNumber(flagged)} likely bots and suspicious accounts; most accounts have several, so the shares add up to more than 100%.
            </p>
            <ol className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
              {reasons.map((r) => {
                const guide = signalGuide(r.signal, r.example);
                return (
                  <li key={r.signal} className="py-2">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                      <span className="text-sm font-medium">{guide.name}</span>
                      <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                        {formatNumber(r.flagged)} flagged accounts ({sharePercent(r.flagged, flagged)}) · {pointRange(r)} points
                      </span>
                    </div>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">{guide.why}</p>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
