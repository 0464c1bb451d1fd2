import Link from "next/link";
import type { ReactNode } from "react";
import type { RelationshipRow } from "@/lib/domain/view-types";
import { describeWindow, formatDate } from "./format";

export type LatestListProps = {
  title: string;
  rows: RelationshipRow[];
  mode: "gained" | "lost";
  accountBasePath: string;
  moreHref: string;
  /** what the card says when empty, instead of "no new followers yet" (why the range hides them) */
  empty?: ReactNode;
};

/** A compact card of the most recent new or lost followers. */
export function LatestList({ title, rows, mode, accountBasePath, moreHref, empty }: LatestListProps) {
  const headingId = `latest-${mode}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-center justify-between gap-3 border-b border-zinc-100 px-5 py-3 dark:border-zinc-800">
        <h2 id={headingId} className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          {title}
        </h2>
        <Link href={moreHref} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          View all<span className="sr-only"> {title.toLowerCase()}</span>
        </Link>
      </div>
      {rows.length === 0 ? (
        <div className="px-5 py-8 text-center text-sm text-zinc-500 dark:text-zinc-400">
          {empty ?? (mode === "gained" ? "No new followers yet." : "No one has unfollowed you yet.")}
        </div>
      ) : (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {rows.map((row) => (
            <li key={row.handleKey} className="list-row">
              <Link
                href={`${accountBasePath}/${encodeURIComponent(row.handleKey)}`}
                className="list-row-link"
              >
                <span
                  aria-hidden="true"
                  className={
                    "size-1.5 shrink-0 rounded-full " + (mode === "gained" ? "bg-emerald-500" : "bg-red-500")
                  }
                />
                <span className="truncate">@{row.handle}</span>
              </Link>
              <span className="list-row-meta">
                {mode === "gained"
                  ? formatDate(row.followerSince)
                  : `left ${describeWindow(row.followerLostAfter, row.followerLostBefore)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
