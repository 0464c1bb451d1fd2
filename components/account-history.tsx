import type { AccountHistory as AccountHistoryData, FollowPeriod } from "@/lib/domain/view-types";
import { AccountProfileFacts } from "./account-profile-facts";
import { AccountBotCard } from "./bots/account-bot-card";
import { describeWindow, formatDate } from "./format";

const badge = "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium";

/** One account's relationship to the tracked account: badges, profile facts and a follow timeline. */
export function AccountHistory({ history }: { history: AccountHistoryData }) {
  const periods = [...history.periods].sort((a, b) => a.since.localeCompare(b.since));
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-white">@{history.handle}</h1>
        <ul className="flex flex-wrap gap-2" aria-label="Relationship">
          {history.isFollower ? (
            <li className={`${badge} bg-emerald-50 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300`}>Follows you</li>
          ) : null}
          {history.isFollowing ? (
            <li className={`${badge} bg-sky-50 text-sky-700 dark:bg-sky-500/10 dark:text-sky-300`}>You follow</li>
          ) : null}
          {history.isFollower && history.isFollowing ? (
            <li className={`${badge} bg-indigo-50 text-indigo-700 dark:bg-indigo-500/10 dark:text-indigo-300`}>Mutual</li>
          ) : null}
          {!history.isFollower && !history.isFollowing ? (
            <li className={`${badge} bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300`}>Not connected</li>
          ) : null}
        </ul>
      </header>

      <AccountProfileFacts profile={history.profile} />

      {history.bot ? <AccountBotCard bot={history.bot} list={history.list} /> : null}

      <section aria-labelledby="history-heading" className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="history-heading" className="mb-4 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          History
        </h2>
        {periods.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No follow history recorded for this account.</p>
        ) : (
          <ol className="relative space-y-5 border-l border-zinc-200 pl-6 dark:border-zinc-700">
            {periods.map((p, i) => {
              const ongoing = p.untilAfter === null && p.untilBefore === null;
              return (
                <li key={`${p.direction}-${p.since}-${i}`} className="relative">
                  <span
                    aria-hidden="true"
                    className={
                      "absolute top-1 -left-[calc(1.5rem+6.5px)] size-3 rounded-full ring-4 ring-white dark:ring-zinc-900 " +
                      (ongoing ? "bg-indigo-500" : "bg-zinc-400 dark:bg-zinc-500")
                    }
                  />
                  <p className="text-sm text-zinc-800 dark:text-zinc-200">{describePeriod(p)}</p>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    {p.direction === "follower" ? "They followed you" : "You followed them"}
                    {ongoing ? " · ongoing" : ""}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}

function describePeriod(p: FollowPeriod): string {
  const since = formatDate(p.since);
  const ended = p.untilAfter !== null || p.untilBefore !== null;
  const when = describeWindow(p.untilAfter, p.untilBefore);
  if (p.direction === "follower") {
    return ended ? `Followed you on ${since} — unfollowed ${when}` : `Has followed you since ${since}`;
  }
  return ended ? `You followed them on ${since} — you unfollowed ${when}` : `You have followed them since ${since}`;
}
