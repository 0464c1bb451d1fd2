import type { ProfileReport } from "@/lib/domain/profiles/profile-report";
import { describeRows } from "@/lib/domain/profiles/profile-problems";
import { FIELD_LABELS, PROFILE_FIELDS, PROFILE_TARGETS, TARGET_LABELS } from "@/lib/domain/profiles/profile-targets";
import type { ColumnPlan } from "@/lib/domain/profiles/resolve-mapping";
import { formatNumber } from "../format";

type Props = {
  report: ProfileReport;
  /** the file waits for a decision: the mapping can change and the apply form shows */
  decide: boolean;
  remap: (formData: FormData) => Promise<void>;
  apply: () => Promise<void>;
  discard: () => Promise<void>;
};

const note = (c: ColumnPlan) => c.note ?? (c.chosen ? "your choice" : "by its name");
const box = "rounded-lg bg-zinc-50 px-3 py-2 dark:bg-zinc-800/60";

/** How the file's columns are read, what it holds, what applying writes, and every row it ignores and why. */
export function ProfilePreview({ report, decide, remap, apply, discard }: Props) {
  const counts: [string, number][] = [
    ["Rows in the file", report.rows],
    ["Usable rows", report.usable],
    ["Rows with problems", report.withProblems],
    ["Matched to followers / following", report.matched],
    ["Not among them", report.notMatched],
    ["Duplicates (replaced)", report.duplicates],
  ];
  const canApply = decide && report.blocking.length === 0 && report.matched > 0;
  return (
    <section aria-label="Preview" className="space-y-5 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <p className="text-sm">Format: <span className="font-medium">{report.layout}</span></p>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        {counts.map(([label, n]) => (
          <div key={label} className={box}><dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt><dd className="text-lg font-semibold tabular-nums">{formatNumber(n)}</dd></div>
        ))}
      </dl>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Of the {formatNumber(report.matched)} matched, {formatNumber(report.matchedFollowers)} follow you and you follow {formatNumber(report.matchedFollowing)}.
        {report.matched > 0 && ` Fields they bring: ${PROFILE_FIELDS.filter((f) => report.fieldsFilled[f] > 0).map((f) => `${FIELD_LABELS[f]} (${formatNumber(report.fieldsFilled[f])})`).join(", ") || "none"}.`}
      </p>
      {report.blocking.map((message) => (
        <p key={message} role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200">{message}</p>
      ))}
      <form action={remap} className="space-y-2">
        <h2 className="text-sm font-semibold">Columns</h2>
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">How each column of the file is read</caption>
            <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              <tr><th className="px-2 py-1.5">Column</th><th className="px-2 py-1.5">Read as</th><th className="hidden px-2 py-1.5 sm:table-cell">Note</th></tr>
            </thead>
            <tbody>
              {report.columns.map((c, i) => (
                <tr key={c.name} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                  <td className="px-2 py-1.5 font-mono text-xs break-all">{c.name || "(no name)"}</td>
                  <td className="px-2 py-1.5">
                    <label htmlFor={`col-${i}`} className="sr-only">Read the column {c.name || "(no name)"} as</label>
                    <select id={`col-${i}`} name={`col-${i}`} defaultValue={c.target ?? "ignore"} disabled={!decide} className="w-full max-w-xs rounded-lg border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950">
                      <option value="ignore">ignore</option>
                      {PROFILE_TARGETS.map((t) => <option key={t} value={t}>{TARGET_LABELS[t]}</option>)}
                    </select>
                    <p className="mt-1 text-xs text-zinc-600 sm:hidden dark:text-zinc-400">{note(c)}</p>
                  </td>
                  <td className="hidden px-2 py-1.5 text-zinc-600 sm:table-cell dark:text-zinc-400">{note(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {decide && <button className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Preview again with these columns</button>}
      </form>
      <div className="space-y-2">
        <h2 className="text-sm font-semibold">Rows not applied</h2>
        {report.problems.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">None: every row is applied.</p>
        ) : (
          <ul className="space-y-2 text-sm" aria-label="Problems">
            {report.problems.map((p) => (
              <li key={`${p.kind}-${p.column}`} className={box}>
                <p><span className="font-medium">{p.reason}</span>{p.column !== null && <> in the column <code>{p.column}</code></>}: {formatNumber(p.count)} {p.count === 1 ? "row" : "rows"}</p>
                <p className="text-zinc-600 dark:text-zinc-400">{describeRows(p, report.rowUnit)}{p.example ? ` (e.g. ${p.example})` : ""}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      {decide && (
        <form action={apply} className="flex flex-wrap items-center gap-3 border-t border-zinc-100 pt-4 dark:border-zinc-800">
          <button disabled={!canApply} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50">
            Apply {formatNumber(report.matched)} {report.matched === 1 ? "profile" : "profiles"}
          </button>
          <button formAction={discard} className="rounded-lg px-4 py-2 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Discard</button>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">All of it is written at once, or nothing; a field the file lacks keeps what is stored. Scores are recomputed afterwards.</p>
        </form>
      )}
    </section>
  );
}
