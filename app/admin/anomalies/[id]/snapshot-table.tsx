import { formatDateTime, formatNumber, formatSigned } from "@/components/format";
import type { AnomalySnapshotView } from "@/lib/server/admin/admin-anomaly-view";

const count = (n: number | null) => (n === null ? "no list" : formatNumber(n));

/** The snapshots the detectors read for this anomaly, oldest first: counts after each was applied, and gained / lost. */
export function SnapshotTable({ snapshots }: { snapshots: AnomalySnapshotView[] }) {
  if (snapshots.length === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">No snapshot is linked (the anomaly comes from recorded follow events or from several accounts).</p>;
  }
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Taken at</th>
            <th scope="col" className="py-2 pr-3 font-medium">Source</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Followers</th>
            <th scope="col" className="py-2 text-right font-medium">Following</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={s.takenAt}>{formatDateTime(s.takenAt)}</time>
                {s.status !== "applied" ? <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">({s.status})</span> : null}
              </td>
              <td className="py-2 pr-3 text-zinc-600 dark:text-zinc-400">{s.source}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {count(s.followerCount)}
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                  {formatSigned(s.gainedFollowers)} / {formatSigned(-s.lostFollowers)}
                </span>
              </td>
              <td className="py-2 text-right tabular-nums">
                {count(s.followingCount)}
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                  {formatSigned(s.gainedFollowing)} / {formatSigned(-s.lostFollowing)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
