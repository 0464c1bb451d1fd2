const names: Record<string, string> = { low: "Low", medium: "Medium", high: "High" };

/** What each confidence means, in the words the bots page and the account card use. */
export const confidenceMeaning: Record<string, string> = {
  low: "judged on the handle and follow timing; the profile is mostly not known",
  medium: "some profile fields, or follow/unfollow history, were known",
  high: "most profile fields were known",
};

/** How much evidence a score stands on; nothing for an unknown account (it has no score). */
export function ConfidenceBadge({ confidence }: { confidence: string | null }) {
  if (!confidence) return <span className="text-xs text-zinc-500 dark:text-zinc-400">—</span>;
  const style = confidence === "low" ? "text-zinc-600 ring-zinc-300 dark:text-zinc-400 dark:ring-zinc-700" : "text-zinc-800 ring-zinc-400 dark:text-zinc-200 dark:ring-zinc-500";
  return (
    <span title={confidenceMeaning[confidence]} className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${style}`}>
      {names[confidence] ?? confidence}
    </span>
  );
}
