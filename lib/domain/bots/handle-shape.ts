// Handle-shape features for the "digit-heavy or random-looking username" signal (DOMAIN §4) and for telling
// look-alike batches apart. One pass over char codes: this runs once per scored account, millions of times.

export type HandleShape = {
  /** digits / characters (leading @ ignored) */
  digitShare: number;
  longestDigitRun: number;
  /** 0..1: how little the handle looks like something a person typed on purpose */
  randomness: number;
  /** one class per character: letter "a", digit "9", "." and "_" as is, anything else "x" */
  shape: string;
};

// Compiled once; only consulted for non-ASCII characters (Cyrillic, Greek, CJK ... letters count as letters).
const LETTER = /\p{L}/u;
// Per lower-case ASCII letter: 1 = vowel (with y), 2 = rare, i.e. common in random strings but rare in names and
// words of Latin-script languages. A table lookup keeps the loop free of allocations.
const VOWEL = 1, RARE = 2;
const LETTER_KIND = new Uint8Array(128);
for (const c of "aeiouy") LETTER_KIND[c.charCodeAt(0)] = VOWEL;
for (const c of "jkqvwxz") LETTER_KIND[c.charCodeAt(0)] = RARE;

// Letter statistics need a few letters to mean anything: "bo" has no vowel share worth judging.
const MIN_LETTERS_FOR_STATS = 5;

// Only an exact auto-assigned name: "user" + digits is what TikTok gives an account that never chose one.
const DEFAULT_HANDLE = /^@*user\d{6,}$/i;

/** True for the platform's auto-assigned "user1234567..." name. */
export function isDefaultHandle(handle: string): boolean {
  return DEFAULT_HANDLE.test(handle);
}

/** Randomness from which a handle counts as random-looking: mashes and interleavings score 0.7-1, names < 0.35. */
export const RANDOM_HANDLE_AT = 0.6;
/** Generators append serials of 5+ digits; people append a year (4) or a couple of digits. */
export const DIGIT_RUN_AT = 5;
/** Mostly digits ("x8812", "2938471"); 0.7 keeps "jim1962" and "jo1990" (name + year, 57-67%) out. */
export const DIGIT_SHARE_AT = 0.7;

export const isRandomHandle = (s: HandleShape): boolean => s.randomness >= RANDOM_HANDLE_AT;
/** A long digit serial, or hardly anything but digits. */
export const isDigitHeavy = (s: HandleShape): boolean => s.longestDigitRun >= DIGIT_RUN_AT || s.digitShare >= DIGIT_SHARE_AT;

/**
 * A 3-4 digit run that is not a plausible year (1940-2029): "lilly_7263", "emma_k738". Weaker than a long
 * serial: people add lucky numbers too, but a year is by far the most common 4-digit suffix people choose.
 */
export function hasShortSerial(handle: string, s: HandleShape): boolean {
  if (s.longestDigitRun < 3 || s.longestDigitRun >= DIGIT_RUN_AT) return false;
  let run = 0, value = 0;
  for (let i = 0; i <= handle.length; i++) {
    const c = i < handle.length ? handle.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      run++;
      value = value * 10 + c - 48;
      continue;
    }
    if (run === 3 || (run === 4 && (value < 1940 || value > 2029))) return true;
    run = 0;
    value = 0;
  }
  return false;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function handleShape(handle: string): HandleShape {
  let shape = "";
  let length = 0, digits = 0, run = 0, longestDigitRun = 0;
  let ascii = 0, vowels = 0, rare = 0, consonantRun = 0, longestConsonantRun = 0;
  let transitions = 0, previous = ""; // previous alphanumeric class, separators ignored
  let start = 0;
  while (start < handle.length && handle.charCodeAt(start) === 64) start++; // leading "@"
  for (const ch of start === 0 ? handle : handle.slice(start)) {
    length++;
    const code = ch.charCodeAt(0);
    let cls: string;
    if (code >= 48 && code <= 57) cls = "9";
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) cls = "a";
    else if (ch === "." || ch === "_") cls = ch;
    else cls = code > 127 && LETTER.test(ch) ? "a" : "x";
    shape += cls;
    if (cls === "9") {
      digits++;
      run++;
      if (run > longestDigitRun) longestDigitRun = run;
    } else run = 0;
    if (cls === "a" && code < 128) {
      ascii++;
      const kind = LETTER_KIND[code | 32] ?? 0; // | 32 folds A-Z onto a-z
      if (kind === VOWEL) {
        vowels++;
        consonantRun = 0;
      } else if (++consonantRun > longestConsonantRun) longestConsonantRun = consonantRun;
      if (kind === RARE) rare++;
    } else consonantRun = 0;
    if (cls === "a" || cls === "9") {
      if (previous !== "" && previous !== cls) transitions++;
      previous = cls;
    }
  }
  // "jessica38271" switches letters->digits once; "a7f3k9q2" seven times. People append a number; generators
  // interleave. One or two switches are normal ("b2b_shop"), so the score starts after the first.
  const mix = clamp01((transitions - 1) / 4);
  let letters = 0;
  if (ascii >= MIN_LETTERS_FOR_STATS) {
    // Words and names rarely exceed 3 consonants in a row ("schw"); random letters do it constantly.
    const consonants = clamp01((longestConsonantRun - 3) / 3);
    // Names run ~35-45% vowels (with y); uniform random letters ~23%; keyboard mashes far less.
    const vowelDeficit = clamp01((0.3 - vowels / ascii) / 0.2);
    // j k q v w x z are ~3-5% of name letters but 27% of uniform random ones.
    const rareExcess = clamp01((rare / ascii - 0.1) / 0.2);
    letters = (consonants + vowelDeficit + rareExcess) / 3;
  }
  return {
    digitShare: length === 0 ? 0 : digits / length,
    longestDigitRun,
    randomness: Math.max(mix, letters),
    shape,
  };
}
