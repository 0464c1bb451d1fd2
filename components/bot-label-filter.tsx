import Link from "next/link";
import { botLabels } from "@/lib/domain/bot-query";
import { botLabelNames } from "./bots/label-badge";
import { hrefWith } from "./relationship-query";

/** The bots view's label filter (`?label=`), for a relationship list; keeps its range, search and order. */
export function BotLabelFilter({ current, basePath, query }: { current: string; basePath: string; query: Record<string, string> }) {
  return (
    <nav aria-label="Bot check" className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="mr-1 text-xs font-medium text-zinc-500 dark:text-zinc-400" aria-hidden="true">Bot check</span>
      {(["all", ...botLabels] as const).map((label) => {
        const active = current === label;
        return (
          <Link
            key={label}
            href={hrefWith(basePath, query, { label: label === "all" ? null : label, page: null })}
            scroll={false}
            aria-current={active ? "page" : undefined}
            className={`rounded-lg px-2.5 py-1 font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              active
                ? "bg-indigo-600 text-white"
                : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800 dark:hover:bg-zinc-800"
            }`}
          >
            {label === "all" ? "All" : botLabelNames[label]}
          </Link>
        );
      })}
    </nav>
  );
}
