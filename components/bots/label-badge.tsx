const styles: Record<string, string> = {
  "likely-bot": "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
  suspicious: "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300",
  "likely-real": "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300",
  unknown: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export const botLabelNames: Record<string, string> = {
  "likely-bot": "Likely bot",
  suspicious: "Suspicious",
  "likely-real": "Likely real",
  unknown: "Unknown",
};

export function LabelBadge({ label }: { label: string }) {
  return <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${styles[label] ?? styles.unknown}`}>{botLabelNames[label] ?? label}</span>;
}
