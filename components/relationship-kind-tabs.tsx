import Link from "next/link";
import { relationshipKinds, type RelationshipKind } from "@/lib/domain/types";
import { formatNumber } from "./format";

export const relationshipKindLabels: Record<RelationshipKind, string> = {
  followers: "Followers",
  following: "Following",
  mutuals: "Mutuals",
  "not-following-back": "Not following back",
  fans: "Fans",
  "new-followers": "New followers",
  "lost-followers": "Lost followers",
};


/** Underlined tabs (links) switching between relationship lists; scrolls sideways on small screens. */
export function RelationshipKindTabs({
  current,
  hrefFor,
  counts,
}: {
  current: RelationshipKind;
  hrefFor: Record<RelationshipKind, string>;
  counts?: Partial<Record<RelationshipKind, number>>;
}) {
  return (
    <nav aria-label="Relationship lists" className="-mx-4 relative overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {relationshipKinds.map((kind) => {
          const active = kind === current;
          const count = counts?.[kind];
          return (
            <li key={kind}>
              <Link
                href={hrefFor[kind]}
                aria-current={active ? "page" : undefined}
                className={
                  "-mb-px flex items-center gap-2 whitespace-nowrap rounded-t-md border-b-2 px-3 py-2 text-sm font-medium transition-colors " +
                  (active
                    ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-600 dark:hover:text-white")
                }
              >
                {relationshipKindLabels[kind]}
                {count !== undefined ? (
                  <span
                    className={
                      "rounded-full px-2 py-0.5 text-xs tabular-nums " +
                      (active
                        ? "bg-indigo-100 text-indigo-700 dark:bg-indigo-500/20 dark:text-indigo-200"
                        : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300")
                    }
                  >
                    {formatNumber(count)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
