import type { AccountHistory } from "@/lib/domain/view-types";
import { formatDate, formatNumber } from "./format";

type Profile = NonNullable<AccountHistory["profile"]>;

function yesNo(value: boolean, yes: string, no: string): string {
  return value ? yes : no;
}

/** The public profile numbers we know for an account, or "No profile data". */
export function AccountProfileFacts({ profile }: { profile: AccountHistory["profile"] }) {
  const facts = profile ? collect(profile) : [];
  return (
    <section
      aria-labelledby="profile-heading"
      className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="profile-heading" className="mb-4 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Profile
      </h2>
      {facts.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">No profile data</p>
      ) : (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
              <dd className="mt-0.5 text-sm font-medium tabular-nums text-zinc-900 dark:text-zinc-100">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function collect(p: Profile): [string, string][] {
  const facts: [string, string][] = [];
  if (p.followerCount !== null) facts.push(["Followers", formatNumber(p.followerCount)]);
  if (p.followingCount !== null) facts.push(["Following", formatNumber(p.followingCount)]);
  if (p.videoCount !== null) facts.push(["Videos", formatNumber(p.videoCount)]);
  if (p.isPrivate !== null) facts.push(["Account", yesNo(p.isPrivate, "Private", "Public")]);
  if (p.hasAvatar !== null) facts.push(["Profile photo", yesNo(p.hasAvatar, "Yes", "None")]);
  if (p.bioLength !== null) facts.push(["Bio", p.bioLength > 0 ? `${formatNumber(p.bioLength)} characters` : "Empty"]);
  if (p.accountCreatedAt !== null) facts.push(["Joined", formatDate(p.accountCreatedAt)]);
  if (p.lastPostAt !== null) facts.push(["Last post", formatDate(p.lastPostAt)]);
  return facts;
}
