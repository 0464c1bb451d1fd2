import Link from "next/link";
import { formatNumber } from "@/components/format";

const button = "inline-flex items-center gap-1 rounded-lg border px-3 py-1.5 text-sm font-medium";
const enabled = "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";
const disabled = "cursor-not-allowed border-zinc-200 bg-zinc-50 text-zinc-400 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-600";

type Props = {
  page: number;
  pageSize: number;
  shown: number;
  /** null when not counted (a next page is known from one row more) */
  total: number | null;
  totalIsLowerBound?: boolean;
  hasNext: boolean;
  hrefFor: (page: number) => string;
};

/** "Showing 51–100 of 1,234", Previous and Next. */
export function PageNav({ page, pageSize, shown, total, totalIsLowerBound, hasNext, hrefFor }: Props) {
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = from + Math.max(0, shown - 1);
  const of = total === null ? "" : ` of ${formatNumber(total)}${totalIsLowerBound ? "+" : ""}`;
  return (
    <nav aria-label="Pagination" className="flex flex-col gap-3 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between dark:text-zinc-400">
      <p className="tabular-nums">{shown > 0 ? `Showing ${formatNumber(from)}–${formatNumber(to)}${of}` : `Nothing on page ${page}${of}`}</p>
      <div className="flex items-center gap-3">
        {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev" className={`${button} ${enabled}`}>← Previous</Link> : <span aria-disabled="true" className={`${button} ${disabled}`}>← Previous</span>}
        <span className="tabular-nums">Page {formatNumber(page)}</span>
        {hasNext ? <Link href={hrefFor(page + 1)} rel="next" className={`${button} ${enabled}`}>Next →</Link> : <span aria-disabled="true" className={`${button} ${disabled}`}>Next →</span>}
      </div>
    </nav>
  );
}
