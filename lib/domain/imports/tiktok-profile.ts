import { describe } from "./dates";
import { keyName } from "./export-result";
import { cleanHandle } from "./handle-rules";
import { locate, Problem } from "./problem";
import { ImportError, type ParsedProfile } from "./types";

/** The export's own ProfileMap: `userName`, `followerCount`, `followingCount` (numbers, or digits as text). */
export function readProfileMap(map: Record<string, unknown>, where: (key?: string) => string): ParsedProfile {
  if (typeof map !== "object" || map === null || Array.isArray(map)) {
    throw new ImportError("wrong-shape", `Expected the profile to be an object, found ${describe(map)}`, where());
  }
  const field = (name: string): [string, unknown] => {
    for (const key of Object.keys(map)) if (keyName(key) === name) return [key, map[key]];
    return [name, undefined];
  };
  const [handleKey, handle] = field("username");
  let display: string | null = null;
  try {
    display = handle === undefined || handle === null || handle === "" ? null : cleanHandle(handle).display;
  } catch (error) {
    throw locate(error, () => where(handleKey));
  }
  return { handle: display, followerCount: count(field("followercount"), where), followingCount: count(field("followingcount"), where) };
}

export function count([key, value]: [string, unknown], where: (key: string) => string): number | null {
  if (value === undefined || value === null || value === "") return null;
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) return n;
  throw locate(new Problem("wrong-shape", `Expected a count, found ${describe(value)}`), () => where(key));
}
