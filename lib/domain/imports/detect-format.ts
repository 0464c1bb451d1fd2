import { extensionOf, instagramRole, isInstagramHtmlName, isTikTokJsonName, tiktokTxtRole } from "./file-names";
import { quote } from "./problem";
import { sniffEncoding } from "./text-decode";
import { ImportError, type ExportFormat } from "./types";

// Which format an upload is, from its name and its first bytes (never from the user). Names decide where they
// are specific (user_data_tiktok.json, Follower.txt, followers_1.json); generic names are told by content.

export type DetectedFormat = ExportFormat | "zip";

const TIKTOK_SECTIONS = /"(?:Activity|Your Activity|Profile And Settings|Profile|App Settings|Comment|Direct Messages?|Ads and data|Video|Tiktok Live|Tiktok Shopping)"\s*:/i;
const TXT_LABEL = /^\s*(?:date|datum|fecha|username|gebruikersnaam|benutzername|nom d.utilisateur|nombre de usuario)\s*:/im;

/** `head`: the first few KB of the file. Throws ImportError("unknown-format") when nothing fits. */
export function detectFormat(fileName: string, head: Uint8Array): DetectedFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return "zip";
  const ext = extensionOf(fileName);
  if (ext === "zip") throw new ImportError("bad-zip", "The file is named .zip but is not a zip archive", fileName);
  if (isTikTokJsonName(fileName)) return "tiktok-json";
  if (ext === "txt" && tiktokTxtRole(fileName)) return "tiktok-txt";
  if (ext === "csv") return "csv";
  if (ext === "ndjson" || ext === "jsonl") return "followlens-ndjson";
  const text = headText(head);
  const byContent = sniff(text);
  // followers.json may be Instagram's or a push saved under that name: the content decides between the two.
  if (ext === "json" && instagramRole(fileName) && byContent !== "followlens-json") return "instagram";
  if (byContent) return byContent;
  throw unknown(fileName, isInstagramHtmlName(fileName) ? "an Instagram export in HTML: request it in JSON format" : undefined);
}

/** The format told by content alone, or null. */
export function sniff(text: string): ExportFormat | null {
  const t = text.replace(/^\uFEFF/, "").trimStart();
  if (t.startsWith("{") || t.startsWith("[")) {
    const firstLine = t.split("\n", 1)[0]!.trim();
    if (/^\{.*"list"\s*:/.test(firstLine) || (/^\{\s*"takenAt"[^,]*\}$/.test(firstLine) && /\n\s*\{/.test(t))) return "followlens-ndjson";
    if (/"string_list_data"|"relationships_\w+"/.test(t)) return "instagram";
    if (/^\{\s*"(?:takenAt|followers|following|profile)"\s*:/.test(t)) return "followlens-json";
    if (TIKTOK_SECTIONS.test(t)) return "tiktok-json";
    return null;
  }
  if (TXT_LABEL.test(t)) return "tiktok-txt";
  const header = t.split(/\r?\n/, 1)[0]!.toLowerCase();
  if (header.split(/[,;\t]/).some((cell) => cell.trim().replace(/^"|"$/g, "") === "handle")) return "csv";
  return null;
}

/** The first bytes as text, whatever the encoding (for sniffing only: errors are the parser's to report). */
export function headText(head: Uint8Array): string {
  // The parsers read UTF-16 without a BOM too, so a generic name (export.json) must be told by it as well.
  return new TextDecoder(sniffEncoding(head)).decode(head);
}

export function unknown(fileName: string, hint?: string): ImportError {
  return new ImportError("unknown-format", `Not an export we can read${hint ? `: ${hint}` : ""}`, quote(fileName));
}
