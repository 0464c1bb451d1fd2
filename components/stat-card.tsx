import Link from "next/link";
import { formatNumber, formatSigned } from "./format";

export type StatCardProps = {
  label: string;
  value: number;
  delta?: { value: number; previous: number | null } | null;
  hint?: string;
  href?: string;
  /** show the value with its sign (a net change) */
  signed?: boolean;
};

/** A headline number with an optional change versus the previous period. */
export function StatCard({ label, value, delta, hint, href, signed }: StatCardProps) {
  const body = (
    <>
      <p className="text-sm font-medium text-zinc-500 dark:text-zinc-400">{label}</p>
      <p className="stat-value">
        {signed ? formatSigned(value) : formatNumber(value)}
      </p>
      {delta ? <Delta value={delta.value} previous={delta.previous} /> : null}
      {hint ? <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{hint}</p> : null}
    </>
  );
  if (href) {
    return (
      <Link
        href={href}
        className="stat-card stat-card-link"
      >
        {body}
      </Link>
    );
  }
  return <div className="stat-card">{body}</div>;
}

/** The change against the previous period of the same length, or a note that there is none to compare with. */
function Delta({ value: current, previous }: { value: number; previous: number | null }) {
  if (previous === null) return <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">No earlier period to compare with yet</p>;
  const value = current - previous;
  const tone =
    value > 0
      ? "bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-400"
      : value < 0
        ? "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-400"
        : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300";
  const arrow = value > 0 ? "↑" : value < 0 ? "↓" : "→";
  const words = value > 0 ? "up" : value < 0 ? "down" : "no change";
  return (
    <div className="mt-2 space-y-1">
      <span className={`inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium tabular-nums ${tone}`}>
        <span aria-hidden="true">{arrow}</span>
        <span className="sr-only">{words}: </span>
        {formatSigned(value)}
      </span>
      <p className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        vs {formatSigned(previous)} in the previous period
      </p>
    </div>
  );
}
