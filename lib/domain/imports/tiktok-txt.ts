import { readPastDate } from "./dates";
import { finishExport, type ParseOptions } from "./export-result";
import { tiktokTxtRole } from "./file-names";
import { ListBuilder } from "./list-builder";
import { locate, quote } from "./problem";
import { readLines } from "./text-lines";
import { ImportError, type ExportSource, type ParsedExport } from "./types";

// TikTok's TXT export: Follower.txt / Following.txt (older "Follower List.txt", Dutch Volger.txt / Volgend.txt,
// parts Following_2.txt ...), records of "Label: value" lines separated by blank lines:
//   Date: 2023-08-10 06:18:18 UTC
//   Username: alice.m
// Labels come localized; an empty section holds one sentence ("You have no data in this section").

const DATE_LABELS = new Set(["date", "datum", "fecha", "data", "date de suivi", "tarih", "tanggal"]);
const USER_LABELS = new Set([
  "username", "user name", "gebruikersnaam", "benutzername", "nom d'utilisateur", "nombre de usuario",
  "nome utente", "nome de usuário", "nome de utilizador", "kullanıcı adı", "nama pengguna",
]);
const NO_DATA = ["no data", "geen gegevens", "keine daten", "aucune donnée", "pas de données", "no tienes datos", "no hay datos", "nessun dato", "sem dados", "nenhum dado"];

export async function parseTikTokTxt(sources: ExportSource[], options: ParseOptions): Promise<ParsedExport> {
  const files = sources.map((source) => {
    const role = tiktokTxtRole(source.name);
    if (!role) {
      throw new ImportError("unknown-format", "Cannot tell whether this TXT file holds followers or following: name it Follower.txt or Following.txt", source.name);
    }
    return { source, ...role };
  });
  // Parts in order (Following.txt, Following_2.txt, ...), followers first: deterministic whatever the zip order.
  files.sort((a, b) => a.list.localeCompare(b.list) || a.part - b.part || a.source.name.localeCompare(b.source.name));
  const lists = { followers: null as ListBuilder | null, following: null as ListBuilder | null };
  const warnings: string[] = [];
  for (const file of files) {
    const builder = (lists[file.list] ??= new ListBuilder(file.list));
    await readTxtList(file.source, builder, options.now, warnings);
  }
  const names = files.map((f) => f.source.name.split("/").pop()).join(", ");
  return finishExport({ format: "tiktok-txt", layout: `TikTok TXT (${names})`, ...lists, warnings, name: names });
}

async function readTxtList(source: ExportSource, builder: ListBuilder, now: Date, warnings: string[]): Promise<void> {
  let handle: string | undefined;
  let date: string | undefined;
  let first = 0;
  let records = 0;
  let lines = 0;
  let noData = false;
  const ignored = new Set<string>();
  const where = (line: number) => `${source.name} line ${line}`;
  const flush = () => {
    if (handle === undefined && date === undefined) return;
    if (handle === undefined) throw new ImportError("wrong-shape", "An entry without a handle (a Date line with no Username line)", where(first));
    const at = first;
    try {
      builder.add(handle, readPastDate(date, now));
    } catch (error) {
      throw locate(error, () => where(at));
    }
    records++;
    handle = date = undefined;
  };
  await readLines(source.open(), source.name, (text, line) => {
    const t = text.trim();
    if (!t) return flush();
    lines++;
    const colon = t.indexOf(":");
    if (colon < 0) {
      if (isNoData(t)) return void (noData = true);
      throw new ImportError("malformed", `Expected a "Label: value" line, found ${quote(t)}`, where(line));
    }
    const label = t.slice(0, colon).trim().toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
    const value = t.slice(colon + 1).trim();
    if (DATE_LABELS.has(label)) {
      if (date !== undefined) flush();
      if (handle === undefined) first = line;
      date = value;
    } else if (USER_LABELS.has(label)) {
      if (handle !== undefined) flush();
      if (date === undefined) first = line;
      handle = value;
    } else if (ignored.size < 3) ignored.add(t.slice(0, colon).trim());
  });
  flush();
  if (!lines) throw new ImportError("empty-file", "The file is empty", source.name);
  if (!records && !noData) throw new ImportError("wrong-shape", "No Username lines found: this is not a TikTok follower list", source.name);
  if (ignored.size) warnings.push(`${source.name}: ignored lines labelled ${[...ignored].map(quote).join(", ")}`);
}

function isNoData(line: string): boolean {
  const t = line.toLowerCase();
  return NO_DATA.some((phrase) => t.includes(phrase));
}

