import Link from "next/link";
import { profileGapNote } from "@/lib/domain/bots/audience-confidence";

/**
 * Where most followers have no profile, says so with the real share and how to add profiles; nothing otherwise.
 * Profiles arrive from a profile file or through the API (there is no profile field in a TikTok export), then a
 * rescore uses them.
 */
export function ProfileGapNote({ noProfile, followers, handle }: { noProfile: number; followers: number; handle: string }) {
  const note = profileGapNote(noProfile, followers);
  if (!note) return null;
  return (
    <p role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200">
      {note} <Link href={`/dashboard/${encodeURIComponent(handle)}/imports/profiles`} className="font-medium underline">Upload a profile file</Link>{" "}
      (a CSV, JSON or scraper tool&apos;s output; the scores update by themselves) or add profiles through the API
      (<code>PUT /api/v1/accounts/{handle}/profiles</code> with a token from{" "}
      <Link href="/settings/tokens" className="font-medium underline">Settings → API tokens</Link>) and rescore, for a fuller check.
    </p>
  );
}
