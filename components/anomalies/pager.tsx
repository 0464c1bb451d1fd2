import Link from "next/link";
import { formatNumber } from "../format";
import { hrefWith } from "../relationship-query";

const button = "inline-flex items-center gap-1 rounded-lg border px-3 py-1.5 text-sm font-medium transition-colors";
const enabled =
  "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";
const disabled = "cursor-not-allowed border-zinc-200 bg-zinc-50 text-zinc-400 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-600";

/** "Showing 26–50 of 112", Previous/Next (links that keep the other search params). */
export function Pager({
  page,
  pageSize,
  total,
  shown,
  basePath,
  query,
  param = "page",
  label = "Pagination",
}: {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  basePath: string;
  query: Record<string, string>;
  /** the search param holding the page (two pagers on one page need two) */
  param?: string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = from + shown - (shown > 0 ? 1 : 0);
  const link = (n: number) => hrefWith(basePath, query, { [param]: n === 1 ? null : String(n) });
  return (
    <nav aria-label={label} className="flex flex-col gap-3 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400">
      <p className="tabular-nums">
        Showing {formatNumber(from)}–{formatNumber(to)} of {formatNumber(total)}
      </p>
      {pages > 1 ? (
        <div className="flex items-center gap-3">
          {page > 1 ? (
            <Link href={link(page - 1)} rel="prev" scroll={false} className={`${button} ${enabled}`}>
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={`${button} ${disabled}`}>
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
          <span className="tabular-nums">
            Page {formatNumber(page)} of {formatNumber(pages)}
          </span>
          {page < pages ? (
            <Link href={link(page + 1)} rel="next" scroll={false} className={`${button} ${enabled}`}>
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${button} ${disabled}`}>
              Next <span aria-hidden="true">→</span>
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
