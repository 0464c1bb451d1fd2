import { describe, expect, it } from "vitest";
import { handleShape, hasShortSerial, isDefaultHandle, isDigitHeavy, isRandomHandle } from "./handle-shape";

describe("handleShape", () => {
  it.each([
    { handle: "alice.m", shape: "aaaaa.a", digitShare: 0, longestDigitRun: 0 },
    { handle: "bob_22", shape: "aaa_99", digitShare: 2 / 6, longestDigitRun: 2 },
    { handle: "@anna1998", shape: "aaaa9999", digitShare: 0.5, longestDigitRun: 4 },
    { handle: "user8372619283", shape: "aaaa9999999999", digitShare: 10 / 14, longestDigitRun: 10 },
    { handle: "a7f3k9q2", shape: "a9a9a9a9", digitShare: 0.5, longestDigitRun: 1 },
    { handle: "Алиса", shape: "aaaaa", digitShare: 0, longestDigitRun: 0 },
    { handle: "sun🌞rise", shape: "aaaxaaaa", digitShare: 0, longestDigitRun: 0 },
    { handle: "12_345", shape: "99_999", digitShare: 5 / 6, longestDigitRun: 3 },
    { handle: "", shape: "", digitShare: 0, longestDigitRun: 0 },
  ])("$handle -> $shape", ({ handle, shape, digitShare, longestDigitRun }) => {
    const s = handleShape(handle);
    expect(s.shape).toBe(shape);
    expect(s.digitShare).toBeCloseTo(digitShare, 6);
    expect(s.longestDigitRun).toBe(longestDigitRun);
    expect(s.randomness).toBeGreaterThanOrEqual(0);
    expect(s.randomness).toBeLessThanOrEqual(1);
  });

  // Names people choose stay well under the random line; mashes and interleavings land above it.
  it.each([
    { handle: "jessica.miller", random: false },
    { handle: "charlidamelio", random: false },
    { handle: "khaby.lame", random: false },
    { handle: "sophiawilliams2004", random: false },
    { handle: "maria_jose_09", random: false },
    { handle: "vladkuznetsov", random: false },
    { handle: "xXdarkslayerXx", random: false },
    { handle: "Алиса", random: false }, // non-Latin letters: no letter statistics, never judged random
    { handle: "nike", random: false }, // too short for letter statistics
    { handle: "xkqzvbnm", random: true },
    { handle: "a7f3k9q2", random: true },
    { handle: "kz8qw2pl", random: true },
    { handle: "hzwqkfrt93", random: true },
    { handle: "tkzmq", random: true },
  ])("$handle random-looking: $random", ({ handle, random }) => {
    expect(isRandomHandle(handleShape(handle))).toBe(random);
  });

  it.each([
    { handle: "anna1998", digitHeavy: false }, // a birth year is not a serial
    { handle: "bob_22", digitHeavy: false },
    { handle: "emma_k7382910", digitHeavy: true },
    { handle: "jim1962", digitHeavy: false }, // 57% digits, but a name and a year
    { handle: "tk2938", digitHeavy: false },
    { handle: "x8812", digitHeavy: true },
    { handle: "x12345", digitHeavy: true },
  ])("$handle digit-heavy: $digitHeavy", ({ handle, digitHeavy }) => {
    expect(isDigitHeavy(handleShape(handle))).toBe(digitHeavy);
  });

  it.each([
    { handle: "lilly_7263", serial: true },
    { handle: "emma_k738", serial: true },
    { handle: "x007_fan", serial: true },
    { handle: "anna1998", serial: false }, // a year
    { handle: "jo2024", serial: false },
    { handle: "bob_22", serial: false }, // too short to be a serial
    { handle: "kid_1875", serial: true }, // before 1940: not a birth year
    { handle: "user8372619283", serial: false }, // a long serial is the strong signal, not this one
  ])("$handle short serial: $serial", ({ handle, serial }) => {
    expect(hasShortSerial(handle, handleShape(handle))).toBe(serial);
  });

  it.each([
    { handle: "user8372619283", yes: true },
    { handle: "@User123456", yes: true },
    { handle: "user12345", yes: false }, // too short for an auto-assigned name
    { handle: "username123456", yes: false },
    { handle: "superuser1234567", yes: false },
  ])("isDefaultHandle($handle) = $yes", ({ handle, yes }) => {
    expect(isDefaultHandle(handle)).toBe(yes);
  });
});
