import Link from "next/link";
import { LabelBadge } from "@/components/bots/label-badge";
import { formatDate, formatNumber } from "@/components/format";
import type { ListPage } from "@/lib/server/lists/find-list-page";
import { SelectAll } from "./select-all";
import { cellClass, mutedCellClass, rowClass, tableCardClass, theadClass } from "./styles";

/** The rows of a keep or unfollow list with each account's context; the surrounding form supplies the buttons. */
export function ListTable({ page, accounts }: { page: ListPage; accounts: string }) {
  return (
    <div className={tableCardClass}>
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className={theadClass}>
          <tr>
            <th scope="col" className="w-8 px-3 py-2"><SelectAll /></th>
            <th scope="col" className="px-3 py-2 font-medium">Handle</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Videos</th>
            <th scope="col" className="px-3 py-2 font-medium">Last post</th>
            <th scope="col" className="px-3 py-2 font-medium">You follow since</th>
            <th scope="col" className="px-3 py-2 font-medium">Bot score</th>
            <th scope="col" className="px-3 py-2 font-medium">Added</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.handleKey} className={rowClass}>
              <td className={cellClass}><input type="checkbox" name="handleKey" value={r.handleKey} aria-label={`Select @${r.handle}`} className="size-4" /></td>
              <td className={cellClass}>
                <Link href={`${accounts}/${encodeURIComponent(r.handleKey)}`} className="font-medium hover:text-indigo-600 hover:underline dark:hover:text-indigo-400">@{r.handle}</Link>
                <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
                  {r.followingSince === null ? (
                    <span className="font-medium text-amber-700 dark:text-amber-400">no longer in your following</span>
                  ) : r.followsYou ? "follows you" : "does not follow you back"}
                </div>
              </td>
              <td className={`${mutedCellClass} text-right`}>{r.videoCount === null ? "—" : formatNumber(r.videoCount)}</td>
              <td className={mutedCellClass}>{formatDate(r.lastPostAt)}</td>
              <td className={mutedCellClass}>{formatDate(r.followingSince)}</td>
              <td className={`${cellClass} whitespace-nowrap`}><span className="mr-2 tabular-nums">{r.score ?? "—"}</span>{r.label ? <LabelBadge label={r.label} /> : null}</td>
              <td className={mutedCellClass}>{formatDate(r.addedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
