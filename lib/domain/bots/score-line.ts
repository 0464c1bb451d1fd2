// One JSON line of `cli score` input -> a BotSignalInput, or an error that names the field. Pure (no I/O) so an
// API push can validate the same way later.
import { z } from "zod";
import type { BotSignalInput } from "./types";

// YYYY-MM-DD, optionally with a time and an optional zone. Compiled once.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Strict ISO 8601 date or date-time. No zone means UTC (exports write UTC without a suffix, DOMAIN §2; JavaScript
 * would read it as local time). Impossible dates are refused rather than rolled over (Feb 30 is not Mar 1).
 */
export function parseIsoDate(text: string): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const ms = Number(`0.${m[7] ?? "0"}`) * 1000;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8];
  if (!zone || zone.toUpperCase() === "Z") return check;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (offsetMin > 14 * 60) return null;
  return new Date(utc - sign * offsetMin * 60_000);
}

/** How a wrong value is named in an error: short, and never the whole value. */
function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const count = (field: string) =>
  z.number({ error: (iss) => `${field} must be a whole number >= 0 or null, got ${show(iss.input)}` }).int().nonnegative().nullish();
const flag = (field: string) => z.boolean({ error: (iss) => `${field} must be true, false or null, got ${show(iss.input)}` }).nullish();
const date = (field: string) =>
  z
    .string({ error: (iss) => `${field} must be an ISO date string or null, got ${show(iss.input)}` })
    .transform((text, ctx) => {
      const parsed = parseIsoDate(text);
      if (parsed) return parsed;
      ctx.issues.push({ code: "custom", input: text, message: `${field} is not a valid ISO date: ${show(text)}` });
      return z.NEVER;
    })
    .nullish();

const lineSchema = z.object(
  {
    handle: z
      .string({ error: (iss) => (iss.input === undefined || iss.input === null ? "handle is required" : `handle must be a string, got ${show(iss.input)}`) })
      .refine((h) => h.trim().length > 0, { error: "handle must not be empty" }),
    followerCount: count("followerCount"),
    followingCount: count("followingCount"),
    videoCount: count("videoCount"),
    hasAvatar: flag("hasAvatar"),
    isPrivate: flag("isPrivate"),
    bioLength: count("bioLength"),
    accountCreatedAt: date("accountCreatedAt"),
    lastPostAt: date("lastPostAt"),
  },
  { error: (iss) => `a line must be a JSON object, got ${show(iss.input)}` },
);

export type ParsedLine = { ok: true; raw: Record<string, unknown>; input: BotSignalInput } | { ok: false; error: string };

export function parseScoreLine(text: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join("; ") };
  return { ok: true, raw: raw as Record<string, unknown>, input: parsed.data };
}
