import { readPastDate } from "./dates";
import { finishExport, keyName, type ParseOptions } from "./export-result";
import { scanJson } from "./json-stream";
import { CAPTURE, ENTER, SKIP, type Decision, type JsonKind, type JsonPath, type JsonVisitor } from "./json-visitor";
import { ListBuilder } from "./list-builder";
import { formatPath, locate, type ListName } from "./problem";
import { readProfileMap } from "./tiktok-profile";
import type { ParsedExport, ParsedProfile } from "./types";
import { ImportError } from "./types";

// TikTok's "Download your data" JSON (DOMAIN.md §2). The lists moved between layouts, so every known path is tried:
//   2020–23  Activity → Follower List → FansList[],  Activity → Following List → Following[]
//   2024     Your Activity → Follower (or Follower List) → FansList[],  Your Activity → Following → Following[]
//   2025+    Profile And Settings → Follower → FansList[],  Profile And Settings → Following → Following[]
// and the profile counts at Profile → Profile Information → ProfileMap or Profile And Settings → Profile Info →
// ProfileMap. Keys match without regard to case and spaces. Everything else (videos, comments, messages: most of a
// 120 MB file) is skipped by the scanner without being built.

// Maps, not object literals: a key like "constructor" in the file must not find Object.prototype's.
const SECTIONS = new Map([
  ["activity", "2020–23 layout (Activity)"],
  ["youractivity", "2024 layout (Your Activity)"],
  ["profileandsettings", "2025+ layout (Profile And Settings)"],
  ["profile", ""],
]);
type Role = ListName | "profile";
const ROLES = new Map<string, Role>([
  ["follower", "followers"], ["followers", "followers"], ["followerlist", "followers"], ["fans", "followers"], ["fanslist", "followers"],
  ["following", "following"], ["followinglist", "following"],
  ["profileinformation", "profile"], ["profileinfo", "profile"],
]);
const LIST_KEYS: Record<string, ReadonlySet<string>> = {
  followers: new Set(["fanslist", "followerlist", "followers", "follower"]),
  following: new Set(["following", "followinglist", "followings"]),
};
const HANDLE_KEYS = new Set(["username", "uniqueid"]);

export async function parseTikTokJson(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): Promise<ParsedExport> {
  const name = options.name ?? "user_data_tiktok.json";
  const visitor = new TikTokVisitor(options.now, name);
  await scanJson(chunks, visitor, name);
  return visitor.result();
}

class TikTokVisitor implements JsonVisitor {
  private readonly lists = new Map<ListName, { builder: ListBuilder; where: string; merged?: boolean }>();
  private current: ListBuilder | null = null;
  private profile: ParsedProfile | null = null;
  private readonly layouts = new Set<string>();
  private readonly warnings: string[] = [];

  constructor(
    private readonly now: Date,
    private readonly name: string,
  ) {}

  begin(path: JsonPath, kind: JsonKind): Decision {
    switch (path.length) {
      case 0:
        if (kind !== "object") throw this.shape(path, `the file should hold a JSON object, not ${kindText(kind)}`);
        return ENTER;
      case 1:
        return SECTIONS.has(keyName(path[0]!)) ? this.container(path, kind, "object") : SKIP;
      case 2:
        return ROLES.has(keyName(path[1]!)) ? this.container(path, kind, "object") : SKIP;
      case 3:
        return this.third(path, kind, ROLES.get(keyName(path[1]!))!);
      case 4:
        if (!this.current) return SKIP;
        if (kind !== "object") throw this.shape(path, `a list entry should be an object, not ${kindText(kind)}`);
        return CAPTURE;
      default:
        return SKIP;
    }
  }

  private third(path: JsonPath, kind: JsonKind, role: Role): Decision {
    const key = keyName(path[2]!);
    if (role === "profile") return key === "profilemap" && !this.profile ? this.container(path, kind, "object", CAPTURE) : SKIP;
    if (!LIST_KEYS[role]!.has(key)) return SKIP;
    const decision = this.container(path, kind, "array");
    if (decision === ENTER) this.startList(role, path);
    return decision;
  }

  /** ENTER (or `as`) a container of the expected kind, SKIP a null ("no data"), refuse anything else. */
  private container(path: JsonPath, kind: JsonKind, expected: JsonKind, as: Decision = ENTER): Decision {
    if (kind === expected) return as;
    if (kind === "null") return SKIP;
    throw this.shape(path, `expected ${kindText(expected)}, found ${kindText(kind)}`);
  }

  private startList(list: ListName, path: JsonPath): void {
    const where = formatPath(path);
    const seen = this.lists.get(list);
    if (seen && !seen.merged) this.warnings.push(`${list} appear in more than one place (${seen.where} and ${where}); merged`);
    if (seen) seen.merged = true;
    const count = list === "followers" ? this.profile?.followerCount : this.profile?.followingCount;
    const builder = seen?.builder ?? new ListBuilder(list, count ?? 0);
    if (!seen) this.lists.set(list, { builder, where });
    this.current = builder;
    this.layouts.add(String(path[0]));
  }

  value(path: JsonPath, value: unknown): void {
    if (path.length === 4 && this.current) this.entry(this.current, path, value as Record<string, unknown>);
    else if (path.length === 3) {
      this.profile = readProfileMap(value as Record<string, unknown>, (key) => `${formatPath(path, key)} in ${this.name}`);
      this.layouts.add(String(path[0]));
    }
  }

  private entry(builder: ListBuilder, path: JsonPath, e: Record<string, unknown>): void {
    let handleKey = "UserName";
    let handle = e.UserName;
    if (handle === undefined) [handleKey, handle] = findField(e, HANDLE_KEYS, handleKey);
    let dateKey = "Date";
    let date = e.Date;
    if (date === undefined) [dateKey, date] = findField(e, DATE_KEYS, dateKey);
    let ms: number;
    try {
      ms = readPastDate(date, this.now);
    } catch (error) {
      throw locate(error, () => `${formatPath(path, dateKey)} in ${this.name}`);
    }
    try {
      builder.add(handle, ms);
    } catch (error) {
      throw locate(error, () => `${formatPath(path, handle === undefined ? undefined : handleKey)} in ${this.name}`);
    }
  }

  end(path: JsonPath): void {
    if (path.length === 3) this.current = null;
  }

  result(): ParsedExport {
    const layouts = [...this.layouts].map((key) => SECTIONS.get(keyName(key))).filter(Boolean);
    const layout = new Set(layouts).size > 1 ? `mixed layout (${[...this.layouts].join(", ")})` : (layouts[0] ?? "layout with a Profile section");
    return finishExport({
      format: "tiktok-json",
      layout: `TikTok JSON, ${layout}`,
      followers: this.lists.get("followers")?.builder ?? null,
      following: this.lists.get("following")?.builder ?? null,
      profile: this.profile,
      warnings: this.warnings,
      name: this.name,
    });
  }

  private shape(path: JsonPath, message: string): ImportError {
    return new ImportError("wrong-shape", `Unexpected TikTok export content: ${message}`, `${formatPath(path)} in ${this.name}`);
  }
}

const DATE_KEYS = new Set(["date", "followedat", "since"]);

function findField(e: Record<string, unknown>, keys: ReadonlySet<string>, fallback: string): [string, unknown] {
  for (const key of Object.keys(e)) if (keys.has(keyName(key))) return [key, e[key]];
  return [fallback, undefined];
}

function kindText(kind: JsonKind): string {
  return kind === "object" ? "an object" : kind === "array" ? "a list" : kind === "null" ? "null" : `a ${kind}`;
}
