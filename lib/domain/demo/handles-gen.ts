import type { Rng } from "./random";

// Word lists are deliberately international: a creator's audience rarely shares one language.
const FIRST = (
  "anna mia emma sofia lena maya zoe chloe ella lily nora ava isla ruby leah jade nina sara julia eva clara " +
  "alice olivia grace hannah amara zara aisha priya mei yuki ines lucia elif noor freya astrid camila valentina " +
  "noah liam leo lucas mateo finn jack ethan oscar max adam ben sam theo jonas felix hugo marco luca diego omar " +
  "yusuf arjun ravi kenji hiro minh tariq kofi emeka mehmet pavel tomas nico andre dylan kai rafael joao"
).split(" ");
const LAST = (
  "smith jones brown garcia muller rossi silva kowalski novak nguyen kim tanaka patel khan lopez martin dubois " +
  "fischer weber jansen berg larsen costa santos reyes moreno ortiz cohen okafor mensah yilmaz ivanova rahman " +
  "haddad schmidt romero vega park sato"
).split(" ");
const WORDS = (
  "sunset vibes coffee pixel garden moon studio daily life travel cooking art beats dance mood wild ocean urban " +
  "retro cozy golden lazy happy bright little midnight velvet cloud forest lemon honey peach mango neon dream " +
  "chill glow story films bakes lifts runs plays draws cooks sings skates fits style looks snaps clips cat dog " +
  "plant book gamer vinyl matcha sushi taco pasta surf hike yoga tea rain snow star pine salt"
).split(" ");
const BRAND_SUFFIX = "official tv studio music eats fit art films hq daily club co media news".split(" ");
const F4F = ["f4f", "follow4follow", "followback", "gain", "l4l", "fb"];
const SEPARATORS = [".", "_", ""];
const MAX_LENGTH = 24; // TikTok's limit

/** Hands out realistic, varied handles, unique by lower-case key and never equal to reservedKey (the tracked handle). */
export class HandleFactory {
  private readonly taken = new Set<string>();

  constructor(
    private readonly rng: Rng,
    reservedKey: string,
  ) {
    this.taken.add(reservedKey);
  }

  organic(): string {
    return this.claim(() => this.maybeCapitalize(this.organicShape(), 0.05));
  }

  /** Bots look machine-made: default "user123..." names, random strings, names with long digit runs. */
  bot(): string {
    return this.claim(() => {
      const r = this.rng.next();
      if (r < 0.35) return "user" + this.digits(this.rng.int(9, 13));
      if (r < 0.6) return this.randomChars(this.rng.int(8, 12), 0.5);
      if (r < 0.85) return this.rng.pick(FIRST) + this.digits(this.rng.int(6, 9));
      return this.rng.pick(FIRST) + "_" + this.randomChars(this.rng.int(3, 5), 0) + this.digits(this.rng.int(3, 5));
    });
  }

  /** Follow-for-follow accounts: mostly ordinary names, a share advertising what they do. */
  churner(): string {
    return this.claim(() => {
      if (!this.rng.chance(0.35)) return this.organicShape();
      const tag = this.rng.pick(F4F);
      const name = this.rng.pick(FIRST);
      return this.rng.chance(0.5) ? name + this.sep() + tag + this.twoDigits() : tag + this.sep() + name;
    });
  }

  /** Accounts a creator follows without being followed back: other creators, brands, celebrities. */
  followee(): string {
    return this.claim(() => {
      const r = this.rng.next();
      let h: string;
      if (r < 0.35) h = this.rng.pick(FIRST) + this.sep() + this.rng.pick(BRAND_SUFFIX);
      else if (r < 0.6) h = this.rng.pick(WORDS) + this.rng.pick(WORDS);
      else if (r < 0.8) h = this.rng.pick(WORDS) + this.sep() + this.rng.pick(BRAND_SUFFIX);
      else h = this.organicShape();
      return this.maybeCapitalize(h, 0.15);
    });
  }

  private organicShape(): string {
    const r = this.rng.next();
    const first = this.rng.pick(FIRST);
    if (r < 0.28) return first + this.sep() + this.rng.pick(LAST);
    if (r < 0.46) return first + this.sep() + (this.rng.chance(0.5) ? this.twoDigits() : this.birthYear());
    if (r < 0.62) return this.rng.pick(WORDS) + this.sep() + this.rng.pick(WORDS);
    if (r < 0.77) return first + this.sep() + this.rng.pick(WORDS);
    if (r < 0.85) return this.rng.pick(["its", "the", "real", "im", "hey"]) + this.sep() + first;
    if (r < 0.93) return first + this.rng.pick(LAST).charAt(0) + this.rng.pick(["_", "__", "x", "xo", "_x"]);
    return (this.rng.chance(0.5) ? "_" : "") + first + "." + this.rng.pick(LAST) + this.digits(this.rng.int(1, 3));
  }

  /** Keeps drawing until the lower-case key is new; digits are appended after a few misses so it always ends. */
  private claim(make: () => string): string {
    for (let attempt = 0; ; attempt++) {
      let h = make();
      if (attempt >= 6) h = h.slice(0, MAX_LENGTH - 4) + this.digits(this.rng.int(2, 4));
      if (h.length < 2 || h.length > MAX_LENGTH || h.endsWith(".")) continue;
      const key = h.toLowerCase();
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return h;
    }
  }

  private maybeCapitalize(h: string, p: number): string {
    if (!this.rng.chance(p)) return h;
    return h.replace(/(^|[._])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }

  private sep(): string {
    return this.rng.pick(SEPARATORS);
  }

  private twoDigits(): string {
    return String(this.rng.int(0, 99)).padStart(2, "0");
  }

  private birthYear(): string {
    return String(this.rng.int(1985, 2009));
  }

  private digits(n: number): string {
    let s = String(this.rng.int(1, 9));
    while (s.length < n) s += String(this.rng.int(0, 9));
    return s;
  }

  private randomChars(n: number, digitShare: number): string {
    let s = String.fromCharCode(97 + this.rng.int(0, 25)); // a letter first, as the platform requires
    while (s.length < n) {
      s += this.rng.chance(digitShare) ? String(this.rng.int(0, 9)) : String.fromCharCode(97 + this.rng.int(0, 25));
    }
    return s;
  }
}
