import Link from "next/link";
import type { RelationshipPage } from "@/lib/domain/view-types";
import { formatNumber } from "./format";
import { hrefWith } from "./relationship-query";

const button =
  "inline-flex items-center gap-1 rounded-lg border px-3 py-1.5 text-sm font-medium transition-colors";
const enabled =
  "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";
const disabled =
  "cursor-not-allowed border-zinc-200 bg-zinc-50 text-zinc-400 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-600";

/** "Showing 51–100 of 25,012", Previous/Next and "Page 2 of 501". */
export function RelationshipPager({
  page,
  basePath,
  query,
}: {
  page: RelationshipPage;
  basePath: string;
  query: Record<string, string>;
}) {
  const pageSize = Math.max(1, page.pageSize);
  const totalPages = Math.max(1, Math.ceil(page.total / pageSize));
  const from = page.total === 0 ? 0 : Math.min(page.total, (page.page - 1) * pageSize + 1);
  const to = Math.min(page.total, from + page.rows.length - (page.rows.length > 0 ? 1 : 0));
  const hasPrev = page.page > 1;
  const hasNext = page.page < totalPages || (page.totalIsLowerBound && page.rows.length === pageSize);
  const totalText = `${formatNumber(page.total)}${page.totalIsLowerBound ? "+" : ""}`;

  return (
    <nav
      aria-label="Pagination"
      className="flex flex-col gap-3 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400"
    >
      <p className="tabular-nums">
        {page.rows.length > 0 ? (
          <>
            Showing {formatNumber(from)}–{formatNumber(to)} of {totalText}
          </>
        ) : (
          <>No results on this page of {totalText}</>
        )}
      </p>
      <div className="flex items-center gap-3">
        {hasPrev ? (
          <Link
            href={hrefWith(basePath, query, { page: String(Math.min(page.page - 1, totalPages)) })}
            rel="prev"
            className={`${button} ${enabled}`}
          >
            <span aria-hidden="true">←</span> Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={`${button} ${disabled}`}>
            <span aria-hidden="true">←</span> Previous
          </span>
        )}
        <span className="tabular-nums">
          Page {formatNumber(page.page)} of {formatNumber(totalPages)}{page.totalIsLowerBound ? "+" : ""}
        </span>
        {hasNext ? (
          <Link href={hrefWith(basePath, query, { page: String(page.page + 1) })} rel="next" className={`${button} ${enabled}`}>
            Next <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span aria-disabled="true" className={`${button} ${disabled}`}>
            Next <span aria-hidden="true">→</span>
          </span>
        )}
      </div>
    </nav>
  );
}
