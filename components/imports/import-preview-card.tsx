import { describePartial } from "@/lib/domain/imports/detect-partial";
import type { ImportView } from "@/lib/domain/imports/import-view";
import { formatDate, formatDateTime, formatNumber } from "../format";

type Props = { view: ImportView; decide: boolean; apply: (formData: FormData) => Promise<void>; discard: () => Promise<void> };

const change = (n: number | null, sign: "+" | "−") => (n === null ? "—" : n === 0 ? "0" : `${sign}${formatNumber(n)}`);

/** What the export holds and what applying it would change; the apply form when it waits for a decision. */
export function ImportPreviewCard({ view, decide, apply, discard }: Props) {
  const p = view.preview!;
  const rows: [string, string][] = [
    ["Format", view.layout ?? view.format ?? "—"],
    ["Followers in the file", view.followers === null ? "no follower list" : formatNumber(view.followers)],
    ["Following in the file", view.following === null ? "no following list" : formatNumber(view.following)],
    ["Follow dates", view.firstRecordAt ? `${formatDate(view.firstRecordAt)} – ${formatDate(view.lastRecordAt)}` : "none in the file"],
    ["Export made", view.exportedAt ? formatDateTime(view.exportedAt) : "unknown"],
  ];
  const takenAtValue = view.takenAt ? view.takenAt.slice(0, 16) : "";
  return (
    <section aria-label="Preview" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([k, v]) => (
          <div key={k}><dt className="text-xs text-zinc-500 dark:text-zinc-400">{k}</dt><dd className="font-medium">{v}</dd></div>
        ))}
      </dl>
      <div>
        <h2 className="mb-2 text-sm font-semibold">What it changes</h2>
        {p.insertsBefore ? (
          <p className="text-sm">This export is older than your snapshot of {formatDateTime(p.insertsBefore)}: it will be placed in the timeline before it and the history after it recomputed.</p>
        ) : (
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            {([["New followers", change(p.newFollowers, "+")], ["Lost followers", change(p.lostFollowers, "−")], ["New following", change(p.newFollowing, "+")], ["Unfollowed", change(p.lostFollowing, "−")]] as const).map(([k, v]) => (
              <div key={k} className="rounded-lg bg-zinc-50 px-3 py-2 dark:bg-zinc-800/60"><dt className="text-xs text-zinc-500 dark:text-zinc-400">{k}</dt><dd className="text-lg font-semibold tabular-nums">{v}</dd></div>
            ))}
          </dl>
        )}
        {p.unfollowedRecorded > 0 && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{formatNumber(p.unfollowedRecorded)} of your own recent unfollows will be recorded.</p>}
      </div>
      {view.warnings.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-600 dark:text-zinc-400">{view.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      )}
      {p.partial && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200">
          {describePartial(p.partial)} Applying it would count the missing accounts as unfollows.
        </p>
      )}
      {decide && (
        <form action={apply} className="flex flex-wrap items-end gap-3 border-t border-zinc-100 pt-4 dark:border-zinc-800">
          <label className="text-sm">
            <span className="block text-xs text-zinc-500 dark:text-zinc-400">Snapshot time (UTC)</span>
            <input type="datetime-local" name="takenAt" defaultValue={takenAtValue} required className="mt-1 rounded-lg border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-950" />
          </label>
          {p.partial && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="partialConfirmed" className="size-4" /> I know it looks incomplete: apply it anyway
              <input type="hidden" name="partial" value="1" />
            </label>
          )}
          <button className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">Apply this snapshot</button>
          <button formAction={discard} formNoValidate className="rounded-lg px-4 py-2 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Discard</button>
        </form>
      )}
    </section>
  );
}
