import { suggestionReasonNames, type SuggestionReason } from "@/lib/domain/manager/suggestion-rules";

const styles: Record<SuggestionReason, string> = {
  "not-following-back": "bg-indigo-100 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-300",
  "bot-like": "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
  inactive: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export function ReasonChips({ reasons }: { reasons: SuggestionReason[] }) {
  return (
    <ul aria-label="Reasons" className="flex flex-wrap gap-1">
      {reasons.map((r) => (
        <li key={r} className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${styles[r]}`}>
          {suggestionReasonNames[r]}
        </li>
      ))}
    </ul>
  );
}
