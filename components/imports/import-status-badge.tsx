const styles: Record<string, string> = {
  parsing: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  ready: "bg-indigo-100 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-300",
  held: "bg-amber-100 text-amber-900 dark:bg-amber-500/15 dark:text-amber-300",
  applying: "bg-indigo-100 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-300",
  applied: "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300",
  duplicate: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  failed: "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
  discarded: "bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400",
  removed: "bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400",
};

const words: Record<string, string> = {
  parsing: "reading", ready: "waiting for you", held: "held for review", applying: "applying", applied: "applied",
  duplicate: "already imported", failed: "failed", discarded: "discarded", removed: "deleted",
};

export function ImportStatusBadge({ status }: { status: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${styles[status] ?? styles.parsing}`}>{words[status] ?? status}</span>;
}
