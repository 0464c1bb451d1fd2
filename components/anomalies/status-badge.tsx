import type { AnomalyStatus, Severity } from "@/lib/domain/anomalies/types";

const statusStyle: Record<AnomalyStatus, string> = {
  open: "bg-rose-50 text-rose-700 ring-rose-600/20 dark:bg-rose-500/10 dark:text-rose-300 dark:ring-rose-400/30",
  acknowledged: "bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-400/30",
  resolved: "bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300 dark:ring-emerald-400/30",
  dismissed: "bg-zinc-100 text-zinc-600 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-400 dark:ring-zinc-600/40",
};

const statusLabel: Record<AnomalyStatus, string> = {
  open: "Open",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
  dismissed: "Dismissed",
};

export function StatusBadge({ status }: { status: AnomalyStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyle[status]}`}>
      {statusLabel[status]}
    </span>
  );
}

const severityStyle: Record<Severity, string> = {
  high: "bg-rose-700 text-white",
  medium: "bg-amber-100 text-amber-900 dark:bg-amber-500/20 dark:text-amber-200",
  low: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

/** Severity as a filled pill; the word is always shown (colour is never the only signal). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${severityStyle[severity]}`}>
      {severity}
    </span>
  );
}

/** A status change in a history: the old status → the new one (the old one is absent for the first). */
export function StatusChange({ from, to }: { from: AnomalyStatus | null; to: AnomalyStatus }) {
  return (
    <span className="flex items-center gap-1.5">
      {from ? <StatusBadge status={from} /> : null}
      <span aria-label="to">→</span>
      <StatusBadge status={to} />
    </span>
  );
}
