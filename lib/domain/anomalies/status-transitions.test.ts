import { describe, expect, it } from "vitest";
import { allowedNextStatuses, checkStatusChange, MAX_NOTE_LENGTH, requiresNote } from "./status-transitions";
import { anomalyStatuses, type AnomalyStatus } from "./types";

describe("checkStatusChange", () => {
  const cases: { from: AnomalyStatus; to: AnomalyStatus; note: string | null; expected: string }[] = [
    { from: "open", to: "acknowledged", note: null, expected: "ok" },
    { from: "open", to: "acknowledged", note: "  looking  ", expected: "ok" },
    { from: "open", to: "resolved", note: "fixed", expected: "not-allowed" },
    { from: "open", to: "dismissed", note: "noise", expected: "not-allowed" },
    { from: "open", to: "open", note: null, expected: "same-status" },
    { from: "acknowledged", to: "resolved", note: "platform fixed it", expected: "ok" },
    { from: "acknowledged", to: "resolved", note: null, expected: "note-required" },
    { from: "acknowledged", to: "resolved", note: "   \n ", expected: "note-required" },
    { from: "acknowledged", to: "dismissed", note: "creator unfollowed in the app", expected: "ok" },
    { from: "acknowledged", to: "dismissed", note: "", expected: "note-required" },
    { from: "acknowledged", to: "open", note: null, expected: "not-allowed" },
    { from: "acknowledged", to: "acknowledged", note: null, expected: "same-status" },
    { from: "resolved", to: "open", note: null, expected: "ok" },
    { from: "resolved", to: "dismissed", note: "x", expected: "not-allowed" },
    { from: "resolved", to: "acknowledged", note: null, expected: "not-allowed" },
    { from: "dismissed", to: "open", note: "came back", expected: "ok" },
    { from: "dismissed", to: "resolved", note: "x", expected: "not-allowed" },
    { from: "acknowledged", to: "resolved", note: "x".repeat(MAX_NOTE_LENGTH + 1), expected: "note-too-long" },
    { from: "acknowledged", to: "resolved", note: "x".repeat(MAX_NOTE_LENGTH), expected: "ok" },
  ];
  it.each(cases)("$from → $to with note $note: $expected", ({ from, to, note, expected }) => {
    const result = checkStatusChange(from, to, note);
    expect(result.ok ? "ok" : result.reason).toBe(expected);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it("trims the note and turns a blank one into none", () => {
    expect(checkStatusChange("open", "acknowledged", "  looking  ")).toEqual({ ok: true, note: "looking" });
    expect(checkStatusChange("open", "acknowledged", "   ")).toEqual({ ok: true, note: null });
    expect(checkStatusChange("resolved", "open", undefined)).toEqual({ ok: true, note: null });
  });

  it("says which verb needs a note", () => {
    const result = checkStatusChange("acknowledged", "dismissed", null);
    expect(result).toMatchObject({ ok: false, message: "Write a note saying why before you dismiss it." });
  });
});

describe("allowedNextStatuses and requiresNote", () => {
  it("agree with checkStatusChange for every pair", () => {
    for (const from of anomalyStatuses) {
      for (const to of anomalyStatuses) {
        const allowed = allowedNextStatuses(from).includes(to);
        const withNote = checkStatusChange(from, to, "a reason");
        expect(withNote.ok, `${from} → ${to}`).toBe(allowed);
      }
    }
  });

  it.each([
    ["open", false],
    ["acknowledged", false],
    ["resolved", true],
    ["dismissed", true],
  ] as const)("%s requires a note: %s", (to, expected) => {
    expect(requiresNote(to)).toBe(expected);
  });

  it("every status can be left (no dead end)", () => {
    for (const status of anomalyStatuses) expect(allowedNextStatuses(status).length).toBeGreaterThan(0);
  });
});
