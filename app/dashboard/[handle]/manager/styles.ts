// Class names shared by the manager's toolbars and tables (the zinc/indigo palette of the other pages).
export const buttonClass =
  "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:ring-zinc-700 dark:hover:bg-zinc-800";
export const primaryClass =
  "rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";
export const linkButtonClass =
  "rounded-lg px-3 py-1.5 text-sm font-medium text-indigo-700 ring-1 ring-zinc-200 hover:bg-indigo-50 dark:text-indigo-300 dark:ring-zinc-800 dark:hover:bg-indigo-500/10";
export const tableCardClass = "overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
export const theadClass =
  "border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400";
export const rowClass = "border-b border-zinc-100 align-top last:border-0 hover:bg-zinc-50 dark:border-zinc-800/60 dark:hover:bg-zinc-800/40";
export const cellClass = "px-3 py-2.5";
export const mutedCellClass = "whitespace-nowrap px-3 py-2.5 tabular-nums text-zinc-600 dark:text-zinc-400";
