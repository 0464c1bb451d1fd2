import { describe, expect, it } from "vitest";
import { chooseSnapshotTime } from "./snapshot-time";

const d = (s: string) => new Date(s);
const uploadedAt = d("2026-05-10T12:00:00Z");
const none = { chosen: null, exportedAt: null, fileModifiedAt: null, lastRecordAt: null, uploadedAt };

describe("chooseSnapshotTime", () => {
  it.each([
    { name: "nothing known: the upload time", t: none, expected: uploadedAt },
    { name: "the zip's export time", t: { ...none, exportedAt: d("2026-05-01T08:00:00Z"), lastRecordAt: d("2026-04-30T00:00:00Z") }, expected: d("2026-05-01T08:00:00Z") },
    { name: "a loose file's modification time", t: { ...none, fileModifiedAt: d("2026-05-02T00:00:00Z") }, expected: d("2026-05-02T00:00:00Z") },
    { name: "the newest record when nothing else", t: { ...none, lastRecordAt: d("2026-04-30T00:00:00Z") }, expected: d("2026-04-30T00:00:00Z") },
    { name: "an export time before its own newest record moves up to it", t: { ...none, exportedAt: d("2026-04-01T00:00:00Z"), lastRecordAt: d("2026-04-30T00:00:00Z") }, expected: d("2026-04-30T00:00:00Z") },
    { name: "never after the upload", t: { ...none, exportedAt: d("2027-01-01T00:00:00Z") }, expected: uploadedAt },
    { name: "the creator's choice wins", t: { ...none, chosen: d("2026-03-01T00:00:00Z"), exportedAt: d("2026-05-01T00:00:00Z"), lastRecordAt: d("2026-04-30T00:00:00Z") }, expected: d("2026-03-01T00:00:00Z") },
  ])("$name", ({ t, expected }) => {
    expect(chooseSnapshotTime(t)).toEqual(expected);
  });
});
