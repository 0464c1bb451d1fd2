/** A JSON value that can sit in one cell: what a flattened entry holds. */
export type Scalar = string | number | boolean | null;

const MAX_DEPTH = 8;

/**
 * A JSON entry as columns, the way Apify's CSV export names them: nested keys joined with "." (authorMeta.fans),
 * a list by its first item (latestPosts.0.timestamp: Apify lists the latest posts newest first). Later items of a
 * list are not read, so a list of 50 posts adds a handful of columns, not hundreds.
 */
export function flattenRecord(value: Record<string, unknown>): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  const walk = (v: unknown, path: string, depth: number) => {
    if (v === null || typeof v !== "object") {
      if (path) out.set(path, v as Scalar);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    if (Array.isArray(v)) {
      if (v.length > 0) walk(v[0], `${path}.0`, depth + 1);
      return;
    }
    for (const [key, inner] of Object.entries(v)) walk(inner, path ? `${path}.${key}` : key, depth + 1);
  };
  walk(value, "", 0);
  return out;
}
