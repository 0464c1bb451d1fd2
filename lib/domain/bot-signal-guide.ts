// Each signal in plain words, and one sentence on why it counts, for the bots page's summary. The scorer's own
// per-account `detail` says what was seen in one account; these say what the signal is about. Kept free of the
// scorer's thresholds and points, which its calibration may change.

export type SignalGuide = { name: string; why: string };

const guides: Record<string, SignalGuide> = {
  "coordinated-batch": {
    name: "Arrived in a batch of look-alikes",
    why: "Many similar accounts following within minutes is how bought followers are delivered, and behaviour across many accounts is hard to fake.",
  },
  "follow-cycles": {
    name: "Follows and unfollows repeatedly",
    why: "Following, unfollowing and following again is the follow-for-follow routine, not a change of mind.",
  },
  "no-avatar": { name: "No profile picture", why: "The most cited single tell of a fake account, though many real viewers never set one." },
  "zero-videos": { name: "No videos", why: "Fake accounts rarely post; many real viewers do not either, so it weighs little." },
  inactive: { name: "No recent posts", why: "Abandoned and bulk-made accounts stop posting; dormant real users are common too, so it weighs little." },
  "young-account": { name: "Created recently", why: "Accounts in bought-follower deliveries are typically only days old." },
  "mass-following": { name: "Follows very many accounts", why: "Follow farms follow close to the platform's limit; real people rarely follow more than a few thousand." },
  "following-ratio": { name: "Follows far more than follow back", why: "Follow-for-follow farms follow thousands of accounts and are followed by few." },
  "few-followers": { name: "Very few followers", why: "An account almost nobody follows is more often a throwaway." },
  "default-handle": { name: "Default user+digits name", why: "The name the platform assigned was never changed, as with generated accounts (and some real lurkers)." },
  "random-handle": { name: "Random-looking handle", why: "Letters with no pattern are typical of names made by a script." },
  "digit-heavy-handle": { name: "Digit-heavy handle", why: "Generated names often carry long numbers; people pick numbers too, so it weighs little." },
  "empty-bio": { name: "Empty bio", why: "Fake accounts leave it empty, but so do most ordinary viewers: a weak sign." },
  private: { name: "Private account", why: "Farms go private to hide an empty profile, but so do many real people: a weak sign." },
};

/** The guide of a signal; one the page does not know yet (a new signal) is named from its id and explained by an example. */
export function signalGuide(signal: string, example: string): SignalGuide {
  const known = guides[signal];
  if (known) return known;
  const words = signal.replace(/[-_]+/g, " ").trim();
  return { name: words.charAt(0).toUpperCase() + words.slice(1), why: example ? `For example: ${example}.` : "A signal of the scorer." };
}
