import { extensionOf, instagramRole, isInstagramHtmlName, isTikTokJsonName, tiktokTxtRole } from "./file-names";
import { quote } from "./problem";
import { ImportError, type ExportFormat } from "./types";

// Which entries of a zip to read. A TikTok export has one JSON (or TXT files); an Instagram export has hundreds of
// files of which we need the follower parts, following.json and recently_unfollowed_profiles.json.

export type PickedEntries = { format: ExportFormat; names: string[]; warnings: string[] };

export function pickEntries(all: readonly string[]): PickedEntries {
  // A name listed twice in a zip's directory is read once.
  const names = [...new Set(all)];
  const tiktokJson = names.filter(isTikTokJsonName).sort(byPreference);
  if (tiktokJson.length) {
    const [chosen, ...others] = tiktokJson;
    const warnings = others.length ? [`The zip holds ${tiktokJson.length} TikTok data files; read ${quote(chosen!)}, ignored ${others.slice(0, 3).map(quote).join(", ")}`] : [];
    return { format: "tiktok-json", names: [chosen!], warnings };
  }
  const txt = names.filter((n) => extensionOf(n) === "txt" && tiktokTxtRole(n));
  if (txt.length) return { format: "tiktok-txt", names: txt, warnings: [] };
  const instagram = names.filter((n) => extensionOf(n) === "json" && instagramRole(n));
  if (instagram.some((n) => instagramRole(n)?.list !== "unfollowed")) return { format: "instagram", names: instagram, warnings: [] };
  for (const [ext, format] of [["csv", "csv"], ["ndjson", "followlens-ndjson"], ["jsonl", "followlens-ndjson"]] as const) {
    const found = names.filter((n) => extensionOf(n) === ext);
    if (found.length === 1) return { format, names: found, warnings: [] };
  }
  const html = names.some(isInstagramHtmlName) ? "an Instagram export in HTML: request it in JSON format; " : "";
  // A zip inside the zip is never opened (a nested zip bomb multiplies its ratio at every level).
  const nested = names.find((n) => extensionOf(n) === "zip");
  if (nested) {
    throw new ImportError("unknown-format", `The zip holds another zip (${quote(nested)}), which we do not open: unzip it and upload the export inside`);
  }
  const shown = names.slice(0, 5).map(quote).join(", ");
  throw new ImportError("unknown-format", `The zip holds no export we can read (${html}found ${names.length ? shown : "no files"}${names.length > 5 ? ", …" : ""})`);
}

/** user_data_tiktok.json before user_data.json before renamed copies; shallower paths first. */
function byPreference(a: string, b: string): number {
  const score = (n: string) => (/\(\d+\)/.test(n) ? 2 : 0) + (/_tiktok/i.test(n) ? 0 : 1);
  return score(a) - score(b) || a.split("/").length - b.split("/").length || a.localeCompare(b);
}
