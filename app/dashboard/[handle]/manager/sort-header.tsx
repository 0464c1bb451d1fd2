import Link from "next/link";
import type { SuggestionSort } from "@/lib/domain/manager/suggestion-query";

type Props = { label: string; column: "handle" | "since"; sort: SuggestionSort; href: (sort: SuggestionSort) => string };

/** A column header that sorts by it; activating the sorted column flips the order. */
export function SortHeader({ label, column, sort, href }: Props) {
  const state = sort === column ? "ascending" : sort === `-${column}` ? "descending" : "none";
  const next: SuggestionSort = sort === column ? `-${column}` : column;
  return (
    <th scope="col" aria-sort={state} className="px-3 py-2 font-medium">
      <Link href={href(next)} scroll={false} className="inline-flex items-center gap-1 rounded hover:text-zinc-900 dark:hover:text-white">
        {label}
        <span aria-hidden="true" className={state === "none" ? "opacity-40" : "text-indigo-600 dark:text-indigo-400"}>
          {state === "ascending" ? "↑" : state === "descending" ? "↓" : "↕"}
        </span>
      </Link>
    </th>
  );
}
