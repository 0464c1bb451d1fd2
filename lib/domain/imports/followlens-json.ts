import { assertNotFuture, readDate, readPastDate } from "./dates";
import { finishExport, type ParseOptions } from "./export-result";
import { scanJson } from "./json-stream";
import { CAPTURE, ENTER, SKIP, type Decision, type JsonKind, type JsonPath, type JsonVisitor } from "./json-visitor";
import { ListBuilder } from "./list-builder";
import { formatPath, locate, quote } from "./problem";
import { count } from "./tiktok-profile";
import { ImportError, type ParsedExport, type ParsedProfile } from "./types";

// Followlens' own push format (the ingestion API; also accepted as a file), read as a stream like the exports:
//   {"takenAt": "2026-01-15T09:30:00Z", "followers": [{"handle": "a", "since": "2025-01-02T10:00:00Z"}] | null,
//    "following": [...] | null, "profile": {"followerCount": 12, "followingCount": 3}}
// takenAt (optional) becomes exportedAt; since is ISO 8601 or epoch seconds/ms, optional; a list that is null or
// missing is "no data". Unknown keys are ignored with a warning.

type Follow = "followers" | "following";

export async function parseFollowlensJson(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): Promise<ParsedExport> {
  const visitor = new FollowlensVisitor(options.name ?? "followlens.json", options.now);
  await scanJson(chunks, visitor, visitor.name);
  return finishExport({
    format: "followlens-json",
    layout: "Followlens JSON",
    followers: visitor.lists.followers,
    following: visitor.lists.following,
    profile: visitor.profile,
    exportedAt: visitor.takenAt,
    warnings: visitor.allWarnings(),
    name: visitor.name,
  });
}

class FollowlensVisitor implements JsonVisitor {
  readonly lists: Record<Follow, ListBuilder | null> = { followers: null, following: null };
  profile: ParsedProfile | null = null;
  takenAt: Date | null = null;
  readonly warnings: string[] = [];
  private current: ListBuilder | null = null;
  private readonly unknown = new Set<string>();

  constructor(
    readonly name: string,
    private readonly now: Date,
  ) {}

  begin(path: JsonPath, kind: JsonKind): Decision {
    if (path.length === 0) {
      if (kind !== "object") throw this.shape(path, `the document should be a JSON object, not ${kind}`);
      return ENTER;
    }
    const key = path[0];
    if (path.length === 2) {
      if (kind !== "object") throw this.shape(path, `a list entry should be an object like {"handle": "…"}, not ${kind}`);
      return CAPTURE;
    }
    if (path.length !== 1) return SKIP;
    if (key === "followers" || key === "following") {
      if (kind === "null") return SKIP;
      if (kind !== "array") throw this.shape(path, `"${key}" should be a list or null, not ${kind}`);
      if (this.lists[key]) this.warnings.push(`"${key}" appears twice; merged`);
      this.current = this.lists[key] ??= new ListBuilder(key);
      return ENTER;
    }
    if (key === "takenAt" || key === "profile") return CAPTURE;
    this.unknown.add(String(key));
    return SKIP;
  }

  value(path: JsonPath, value: unknown): void {
    const where = () => `${formatPath(path)} in ${this.name}`;
    if (path.length === 2 && this.current) return this.entry(this.current, path, value);
    try {
      if (path[0] === "takenAt") {
        const ms = readDate(value);
        if (!Number.isNaN(ms)) assertNotFuture(ms, this.now, typeof value === "string" ? value : undefined);
        this.takenAt = Number.isNaN(ms) ? null : new Date(ms);
      } else if (path[0] === "profile" && value !== null) {
        if (typeof value !== "object" || Array.isArray(value)) throw this.shape(path, "\"profile\" should be an object");
        const p = value as Record<string, unknown>;
        const at = (key: string) => `${formatPath(path, key)} in ${this.name}`;
        this.profile = { handle: null, followerCount: count(["followerCount", p.followerCount], at), followingCount: count(["followingCount", p.followingCount], at) };
      }
    } catch (error) {
      throw locate(error, where);
    }
  }

  private entry(builder: ListBuilder, path: JsonPath, value: unknown): void {
    const e = value as Record<string, unknown>;
    let field: string | undefined = "since";
    try {
      const ms = readPastDate(e.since, this.now);
      field = e.handle === undefined ? undefined : "handle";
      builder.add(e.handle, ms);
    } catch (error) {
      throw locate(error, () => `${formatPath(path, field)} in ${this.name}`);
    }
  }

  end(path: JsonPath): void {
    if (path.length === 1) this.current = null;
  }

  allWarnings(): string[] {
    if (!this.unknown.size) return this.warnings;
    const keys = [...this.unknown].slice(0, 5).map(quote).join(", ");
    return [...this.warnings, `ignored the unknown key${this.unknown.size > 1 ? "s" : ""} ${keys}${this.unknown.size > 5 ? ", …" : ""}`];
  }

  private shape(path: JsonPath, message: string): ImportError {
    return new ImportError("wrong-shape", `Unexpected Followlens JSON: ${message}`, `${formatPath(path)} in ${this.name}`);
  }
}
