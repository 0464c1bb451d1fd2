import Link from "next/link";
import type { ReactNode } from "react";
import { LabelBadge } from "./bots/label-badge";
import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipPage, RelationshipRow } from "@/lib/domain/view-types";
import { EmptyState } from "./empty-state";
import { formatBetween, formatDate } from "./format";
import { RelationshipPager } from "./relationship-pager";
import { ariaSort, emptyMessages, hrefWith, nextSort, type SortColumn } from "./relationship-query";
import { RelationshipSearch } from "./relationship-search";

type DateColumn = { label: string; render: (row: RelationshipRow) => string };

const followerSince: DateColumn = { label: "Follows you since", render: (r) => formatDate(r.followerSince) };
const followingSince: DateColumn = { label: "You follow since", render: (r) => formatDate(r.followingSince) };
const leftBetween: DateColumn = {
  label: "Left between",
  render: (r) => formatBetween(r.followerLostAfter, r.followerLostBefore),
};

const dateColumns: Record<RelationshipKind, DateColumn[]> = {
  followers: [followerSince],
  fans: [followerSince],
  "new-followers": [followerSince],
  mutuals: [followerSince, followingSince],
  following: [followingSince],
  "not-following-back": [followingSince],
  "lost-followers": [leftBetween],
};

export type RelationshipTableProps = {
  page: RelationshipPage;
  basePath: string;
  accountBasePath: string;
  csvHref: string;
  query: Record<string, string>;
  /** what an empty list says instead of its plain message (why a range or filter leaves it empty) */
  emptyNote?: { title: string; body: ReactNode };
};

/** Search, CSV link, sortable table and pager for one relationship list. */
export function RelationshipTable({ page, basePath, accountBasePath, csvHref, query, emptyNote }: RelationshipTableProps) {
  const columns = dateColumns[page.kind];
  const search = page.search.trim();

  return (
    <div className="space-y-4">
      <RelationshipSearch basePath={basePath} query={query} search={page.search} csvHref={csvHref} />
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        {page.rows.length === 0 ? (
          <div className="p-4">
            {search ? (
              <EmptyState
                title={`No accounts match “${search}”`}
                action={
                  <Link href={hrefWith(basePath, query, { q: null, page: null })} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                    Clear search
                  </Link>
                }
              >
                Search matches the beginning of a handle.
              </EmptyState>
            ) : page.total > 0 ? (
              <EmptyState
                title="This page is empty"
                action={
                  <Link href={hrefWith(basePath, query, { page: null })} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                    Go to the first page
                  </Link>
                }
              />
            ) : emptyNote ? (
              <EmptyState title={emptyNote.title}>{emptyNote.body}</EmptyState>
            ) : (
              <EmptyState title={emptyMessages[page.kind]} />
            )}
          </div>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
                <tr>
                  <SortHeader column="handle" label="Handle" page={page} basePath={basePath} query={query} />
                  {columns.map((col, i) =>
                    i === 0 ? (
                      <SortHeader key={col.label} column="date" label={col.label} page={page} basePath={basePath} query={query} />
                    ) : (
                      <th key={col.label} scope="col" className="px-4 py-3 font-medium">
                        {col.label}
                      </th>
                    ),
                  )}
                  <th scope="col" className="px-4 py-3 font-medium">Bot check</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {page.rows.map((row) => (
                  <tr key={row.handleKey} className="table-row">
                    <td className="px-4 py-2.5">
                      <Link
                        href={`${accountBasePath}/${encodeURIComponent(row.handleKey)}`}
                        className="table-handle-link"
                      >
                        @{row.handle}
                      </Link>
                    </td>
                    {columns.map((col) => (
                      <td key={col.label} className="table-cell-date">
                        {col.render(row)}
                      </td>
                    ))}
                    <td className="px-4 py-2.5">
                      {row.botLabel ? (
                        <LabelBadge label={row.botLabel} />
                      ) : (
                        <span className="text-zinc-400 dark:text-zinc-500">
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">Not scored</span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {page.total > 0 ? <RelationshipPager page={page} basePath={basePath} query={query} /> : null}
    </div>
  );
}

function SortHeader(props: {
  column: SortColumn;
  label: string;
  page: RelationshipPage;
  basePath: string;
  query: Record<string, string>;
}) {
  const state = ariaSort(props.column, props.page.sort);
  const href = hrefWith(props.basePath, props.query, { sort: nextSort(props.column, props.page.sort), page: null });
  const arrow = state === "ascending" ? "↑" : state === "descending" ? "↓" : "↕";
  return (
    <th scope="col" aria-sort={state} className="px-4 py-3 font-medium">
      <Link
        href={href}
        scroll={false}
        className="inline-flex items-center gap-1 rounded hover:text-zinc-900 dark:hover:text-white"
      >
        {props.label}
        <span aria-hidden="true" className={state === "none" ? "opacity-40" : "text-indigo-600 dark:text-indigo-400"}>
          {arrow}
        </span>
      </Link>
    </th>
  );
}
