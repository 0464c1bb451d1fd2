// Hand-written bot cases, modelled on what public follower auditors describe: follow farms (follow thousands,
// followed by few), bought followers (fresh, empty, follow little), spam and scam accounts (post, but bait),
// aged farm accounts, batch deliveries and follow/unfollow growth bots. Some are deliberately hard.
import type { Row } from "./labelled-row";

const _ = null;

// handle, followers, following, videos, avatar, private, bio length, age days, last post days ago, note, behaviour
export const botRows: Row[] = [
  ["user7382910456", 3, 4800, 0, false, false, 0, 12, _, "follow farm: default name, empty profile, follows thousands"],
  ["emma_k7382910", 12, 4200, 0, false, false, 0, 9, _, "follow farm: first name plus serial, fresh"],
  ["xkqzvbnm", 0, 1900, 0, false, false, 0, 20, _, "follow farm: keyboard-mash handle"],
  ["aa8829102", 0, 9800, 0, false, false, 0, 70, _, "follow farm near the 10k following cap"],
  ["user5510293847", 0, 7000, 0, false, false, 0, 60, _, "follow farm two months old"],
  ["ivan_petrov_738291", 0, 1800, 0, false, false, 0, 18, _, "follow farm: full name plus long serial"],
  ["kim.lee9928371", 6, 5100, 0, true, true, 0, 22, _, "follow farm gone private, stock avatar"],
  ["mariaxx29381", 5, 2100, 0, false, false, 0, 800, _, "aged farm account: old but empty and mass following"],
  ["bella.rose.2011", 8, 3400, 0, true, false, 0, 1200, _, "hard: aged farm account with a stolen avatar"],
  ["ashley.j29384", 3, 2600, 0, true, false, 24, 14, _, "farm with template bio and stolen avatar"],
  ["mike_jordan18273645", 2, 600, 0, false, false, 0, 40, _, "farm: name plus 8-digit serial, ratio 300"],
  ["hjkqwrtz", 2, 300, 0, false, false, 0, 25, _, "farm: random letters, ratio 150"],
  ["lucas.silva83920", 1, 45, 0, false, false, 0, 6, _, "bought follower: fresh and empty, follows little"],
  ["jennifer_w4821937", 4, 120, 0, true, false, 0, 15, _, "bought follower with stolen avatar"],
  ["a7f3k9q2", 0, 30, 0, false, true, 0, 5, _, "bought follower, private, interleaved handle"],
  ["nb7xqv3k9", 0, 0, 0, false, false, 0, 2, _, "bought follower created two days ago, follows nothing yet"],
  ["user3029384756", 0, 12, 0, false, true, 0, 1, _, "bought follower: default name, private, day old"],
  ["zzpq7r", 0, 50, 0, false, false, 0, 3, _, "bought follower: short random handle"],
  ["hot.deals.8372", 40, 7500, 35, true, false, 80, 20, 1, "spam: posts link-bait videos, mass following"],
  ["crypto_signalz_91827", 230, 6800, 12, true, false, 120, 40, 3, "scam: crypto signals, mass following"],
  ["sexy_anna_2938", 15, 3000, 1, true, false, 40, 4, 4, "adult-spam bot: fresh, one bait video"],
  ["free_gift_cards_0921", 12, 4300, 3, true, false, 60, 8, 7, "giveaway scam bot"],
  ["lilly_vibes_daily", 1500, 200, 25, true, false, 50, 150, 2, "hard: repost spam page that looks like a creator"],
  ["growfast.tips", 800, 7400, 5, true, false, 30, 200, 60, "follow/unfollow growth bot", { followCycles: 4 }],
  ["follow4follow_back", 900, 7500, 2, true, false, 25, 300, 200, "follow-for-follow automation", { followCycles: 6 }],
  ["olivia_smith_202938", 1, 90, 0, false, false, 0, 11, _, "bought follower that also seesaws", { followCycles: 2 }],
  ["user6620019384", _, _, 0, false, _, _, 2, _, "batch delivery member, little profile data", { batchSize: 40 }],
  ["sofia_m38271", 2, 60, 0, false, false, 0, 3, _, "batch delivery member", { batchSize: 25 }],
  ["daniel.kx2", 1, 80, 0, true, false, 0, 7, _, "batch member with stock avatar and plain name", { batchSize: 12 }],
  ["qwzx_8821736", _, 2200, _, false, _, 0, _, _, "farm seen with only three fields known"],
  ["vxtrmpl", 0, 1600, 0, false, _, _, _, _, "farm with a partial profile"],
  ["x8q2kz", _, _, _, false, _, _, _, _, "only the avatar is known: must come out unknown"],
  ["user1928374650", 0, _, _, _, _, _, _, _, "only the follower count is known: must come out unknown"],
  ["jake.m.official", 60, 2400, 4, true, false, 30, 45, 30, "hard: impersonation account, some videos"],
];
