import type { AnomalyKind } from "./types";

// Titles and typical causes of DOMAIN.md §5, worded for the alerts page and the admin queue.
const kinds: Record<AnomalyKind, { title: string; explanation: string }> = {
  "follow-not-registered": {
    title: "Follow not registered",
    explanation: "You followed an account but the next snapshots do not show it: usually the follow button glitch (the tap was accepted, nothing was stored).",
  },
  "unexpected-unfollow": {
    title: "Unexpected unfollow",
    explanation: "A follow ended without an unfollow from you: a platform bug, a suspended or deleted account, or a soft block.",
  },
  "unfollow-not-applied": {
    title: "Unfollow not applied",
    explanation: "You unfollowed an account but later snapshots still show the follow: usually the platform silently throttling actions.",
  },
  "mass-unfollow-spike": {
    title: "Mass unfollow spike",
    explanation: "Far more followers left than this account usually loses: a purge of fake accounts, a controversy, or a platform bug.",
  },
  "follower-burst": {
    title: "Follower burst",
    explanation: "A sudden jump in new followers, many of them bot-like or created together: bought followers or a follow farm.",
  },
  "churn-ring": {
    title: "Churn ring",
    explanation: "Several accounts follow and unfollow again and again: typically a follow-for-follow scheme.",
  },
  "partial-snapshot": {
    title: "Partial snapshot",
    explanation: "A snapshot far smaller than the one before or than the profile's own count: an interrupted export or scan.",
  },
  "platform-incident": {
    title: "Platform incident",
    explanation: "Many tracked accounts show unexpected unfollows or failed follows on the same day: server or capacity problems.",
  },
};

/** The kind's title, e.g. "Follow not registered". */
export function describeKind(kind: AnomalyKind): string {
  return kinds[kind].title;
}

/** One line on what the kind usually means. */
export function kindExplanation(kind: AnomalyKind): string {
  return kinds[kind].explanation;
}
