import { describe, readPastDate } from "./dates";
import { finishExport, keyName, type ParseOptions } from "./export-result";
import { instagramRole } from "./file-names";
import { scanJson } from "./json-stream";
import { CAPTURE, ENTER, SKIP, type Decision, type JsonKind, type JsonPath, type JsonVisitor } from "./json-visitor";
import { ListBuilder } from "./list-builder";
import { fixMojibake } from "./mojibake";
import { formatPath, locate, Problem, type ListName } from "./problem";
import { ImportError, type ExportSource, type ParsedExport } from "./types";

// Instagram's "Download your information" (JSON): connections/followers_and_following/followers_1.json …
// followers_N.json (a bare array), following.json ({"relationships_following": [...]}) and
// recently_unfollowed_profiles.json ({"relationships_unfollowed_users": [...]}). Each entry:
//   {"title": "", "media_list_data": [], "string_list_data": [{"href": ".../anna", "value": "anna", "timestamp": 1735732800}]}
// Since 2024 following.json may hold the name only in "title" with an href ".../_u/<name>". Timestamps are Unix
// seconds; names need Meta's mojibake undone (see mojibake.ts).

const KEY_ROLES = new Map<string, ListName>([
  ["relationshipsfollowers", "followers"],
  ["relationshipsfollowing", "following"],
  ["relationshipsunfollowedusers", "unfollowed"],
]);
const ORDER: Record<ListName, number> = { followers: 0, following: 1, unfollowed: 2 };

export async function parseInstagram(sources: ExportSource[], options: ParseOptions): Promise<ParsedExport> {
  const files = sources
    .map((source) => ({ source, role: instagramRole(source.name) }))
    .sort((a, b) => rank(a.role) - rank(b.role) || (a.role?.part ?? 0) - (b.role?.part ?? 0) || a.source.name.localeCompare(b.source.name));
  const lists = new Map<ListName, ListBuilder>();
  const builder = (list: ListName) => lists.get(list) ?? lists.set(list, new ListBuilder(list)).get(list)!;
  for (const { source, role } of files) {
    const visitor = new InstagramVisitor(source.name, role?.list ?? null, builder, options.now);
    await scanJson(source.open(), visitor, source.name);
    if (!visitor.found) throw new ImportError("wrong-shape", "No list of accounts in this Instagram file", source.name);
  }
  const followerFiles = files.filter((f) => f.role?.list === "followers").length;
  return finishExport({
    format: "instagram",
    layout: `Instagram, ${followerFiles} follower file${followerFiles === 1 ? "" : "s"}${lists.has("following") ? " and following" : ""}`,
    followers: lists.get("followers") ?? null,
    following: lists.get("following") ?? null,
    unfollowed: lists.get("unfollowed") ?? null,
    name: files.map((f) => f.source.name).join(", "),
  });
}

const rank = (role: { list: ListName } | null) => (role ? ORDER[role.list] : 3);

class InstagramVisitor implements JsonVisitor {
  found = false;
  private current: ListBuilder | null = null;
  private depth = 0;

  constructor(
    private readonly name: string,
    private readonly role: ListName | null,
    private readonly builder: (list: ListName) => ListBuilder,
    private readonly now: Date,
  ) {}

  begin(path: JsonPath, kind: JsonKind): Decision {
    if (path.length === 0) {
      if (kind === "array") return this.start(this.role, path, 1);
      if (kind === "object") return ENTER;
      throw this.shape(path, `expected a list or an object, found ${kind}`);
    }
    if (path.length === 1 && typeof path[0] === "string") {
      const role = KEY_ROLES.get(keyName(path[0])) ?? (keyName(path[0]).startsWith("relationships") ? this.role : undefined);
      if (!role || kind === "null") return SKIP;
      if (kind !== "array") throw this.shape(path, `expected a list, found ${kind === "object" ? "an object" : kind}`);
      return this.start(role, path, 2);
    }
    if (this.current && path.length === this.depth) {
      if (kind !== "object") throw this.shape(path, `a list entry should be an object, found ${kind}`);
      return CAPTURE;
    }
    return SKIP;
  }

  private start(role: ListName | null, path: JsonPath, depth: number): Decision {
    if (!role) throw new ImportError("unknown-format", "Cannot tell which Instagram list this file holds: keep its name (followers_1.json, following.json)", this.name);
    this.current = this.builder(role);
    this.depth = depth;
    this.found = true;
    return ENTER;
  }

  value(path: JsonPath, value: unknown): void {
    if (this.current) this.entry(this.current, path, value as Record<string, unknown>);
  }

  end(path: JsonPath): void {
    if (path.length === this.depth - 1) this.current = null;
  }

  private entry(builder: ListBuilder, path: JsonPath, e: Record<string, unknown>): void {
    let field = "string_list_data";
    try {
      const data = e.string_list_data;
      if (data !== undefined && data !== null && !Array.isArray(data)) throw new Problem("wrong-shape", `Expected a list, found ${describe(data)}`);
      const first: unknown = Array.isArray(data) ? data[0] : undefined;
      if (first !== undefined && (typeof first !== "object" || first === null || Array.isArray(first))) {
        throw new Problem("wrong-shape", `Expected an object, found ${describe(first)}`);
      }
      const item = (first ?? {}) as Record<string, unknown>;
      field = "string_list_data[0].timestamp";
      const ms = readPastDate(item.timestamp, this.now);
      field = "string_list_data[0].value";
      let raw = item.value;
      if (raw === undefined || raw === null || raw === "") [field, raw] = ["title", e.title];
      if (raw === undefined || raw === null || raw === "") [field, raw] = ["string_list_data[0].href", nameFromHref(item.href)];
      if (raw === undefined) [field, raw] = ["", undefined];
      builder.add(typeof raw === "string" ? fixMojibake(raw) : raw, ms);
    } catch (error) {
      throw locate(error, () => `${formatPath(path, field || undefined)} in ${this.name}`);
    }
  }

  private shape(path: JsonPath, message: string): ImportError {
    return new ImportError("wrong-shape", `Unexpected Instagram export content: ${message}`, `${formatPath(path)} in ${this.name}`);
  }
}

/** "https://www.instagram.com/_u/anna" or ".../anna/" → "anna". */
function nameFromHref(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  const m = /instagram\.com\/(?:_u\/)?([^/?#]+)/i.exec(href);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1];
  }
}
