"use client";

/** Asks before a snapshot is deleted: the history after it is recomputed, and that cannot be undone. */
export function DeleteSnapshotButton({ label }: { label: string }) {
  return (
    <button
      onClick={(e) => {
        if (!window.confirm(`${label}? The history after it is recomputed as if it had never been imported.`)) e.preventDefault();
      }}
      className="rounded-lg px-2 py-1 text-xs font-medium text-red-700 ring-1 ring-zinc-200 hover:bg-red-50 dark:text-red-300 dark:ring-zinc-700 dark:hover:bg-red-500/10"
      aria-label={label}
    >
      Delete
    </button>
  );
}
