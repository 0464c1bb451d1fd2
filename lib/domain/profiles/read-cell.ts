import { assertNotFuture, readDate } from "@/lib/domain/imports/dates";
import { cleanHandle } from "@/lib/domain/imports/handle-rules";
import { Problem, quote } from "@/lib/domain/imports/problem";
import { COUNT_CAPS, type CountTarget, type ProfileTarget } from "./profile-targets";

/** What is wrong with one value (the row it is in is not applied). */
export type CellProblemKind = "no-handle" | "bad-handle" | "wrong-type" | "negative-count" | "over-cap" | "future-date";
export type CellProblem = { kind: CellProblemKind; detail: string };

/** A value read for a target: null = the file does not say (empty cell, null, missing key). */
export type CellValue = number | boolean | { key: string; display: string } | null;
export type CellResult = { value: CellValue } | { problem: CellProblem };

const ok = (value: CellValue): CellResult => ({ value });
const bad = (kind: CellProblemKind, detail: string): CellResult => ({ problem: { kind, detail } });
const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
const shown = (raw: unknown) => (typeof raw === "string" ? quote(raw) : typeof raw === "object" ? (Array.isArray(raw) ? "a list" : "an object") : quote(String(raw)));

const TRUE = new Set(["true", "yes", "y", "t", "1"]);
const FALSE = new Set(["false", "no", "n", "f", "0"]);

/**
 * One cell of a CSV (text) or one value of a JSON entry, read as `target`. Counts are whole numbers (digits, or a JSON
 * number), never negative nor past the cap; booleans are true/false, yes/no or 1/0; an avatar is an image address
 * (a non-empty URL means the account has one) or a boolean; a bio is text, of which only the length counts; dates
 * are ISO 8601 or Unix seconds or milliseconds, not in the future.
 */
export function readCell(target: ProfileTarget, raw: unknown, now: Date): CellResult {
  if (target === "handle") return readHandle(raw);
  if (isEmpty(raw)) return ok(null);
  switch (target) {
    case "followerCount":
    case "followingCount":
    case "videoCount":
    case "bioLength":
      return readCount(target, raw);
    case "isPrivate":
      return readBoolean(raw) ?? bad("wrong-type", `${shown(raw)} is not true/false (or yes/no, 1/0)`);
    case "hasAvatar":
      return readAvatar(raw);
    case "bio":
      return typeof raw === "string" ? ok([...raw].length) : bad("wrong-type", `${shown(raw)} is not text`);
    case "accountCreatedAt":
    case "lastPostAt":
      return readTime(raw, now);
  }
}

function readHandle(raw: unknown): CellResult {
  if (isEmpty(raw)) return bad("no-handle", "no handle");
  if (typeof raw !== "string") return bad("wrong-type", `${shown(raw)} is not a handle`);
  try {
    return ok(cleanHandle(raw));
  } catch (error) {
    if (error instanceof Problem) return bad("bad-handle", error.detail);
    throw error;
  }
}

function readCount(target: CountTarget, raw: unknown): CellResult {
  let n: number;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string" && /^[+-]?\d+(\.0*)?$/.test(raw.trim())) n = Number(raw.trim());
  else return bad("wrong-type", `${shown(raw)} is not a whole number`);
  if (!Number.isFinite(n) || !Number.isInteger(n)) return bad("wrong-type", `${shown(raw)} is not a whole number`);
  if (n < 0) return bad("negative-count", `${n} is negative`);
  const cap = COUNT_CAPS[target];
  if (n > cap) return bad("over-cap", `${n.toLocaleString("en-US")} is over ${cap.toLocaleString("en-US")}`);
  return ok(n);
}

function readBoolean(raw: unknown): CellResult | null {
  if (typeof raw === "boolean") return ok(raw);
  if (raw === 0 || raw === 1) return ok(raw === 1);
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase();
  return TRUE.has(text) ? ok(true) : FALSE.has(text) ? ok(false) : null;
}

function readAvatar(raw: unknown): CellResult {
  if (typeof raw === "string" && /^(https?:)?\/\/\S+$/i.test(raw.trim())) return ok(true);
  return readBoolean(raw) ?? bad("wrong-type", `${shown(raw)} is not an image address or true/false`);
}

function readTime(raw: unknown, now: Date): CellResult {
  try {
    const ms = readDate(raw);
    if (Number.isNaN(ms)) return ok(null);
    assertNotFuture(ms, now, typeof raw === "string" ? raw : String(raw));
    return ok(ms);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return bad(error.code === "future-date" ? "future-date" : "wrong-type", error.detail);
  }
}
