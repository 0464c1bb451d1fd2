import { readCsvRecords } from "@/lib/domain/imports/csv";
import { describe } from "@/lib/domain/imports/dates";
import { extensionOf } from "@/lib/domain/imports/file-names";
import { headText } from "@/lib/domain/imports/detect-format";
import { scanJson } from "@/lib/domain/imports/json-stream";
import { CAPTURE, ENTER, SKIP, type Decision, type JsonKind, type JsonPath, type JsonVisitor } from "@/lib/domain/imports/json-visitor";
import { formatPath } from "@/lib/domain/imports/problem";
import { readLines } from "@/lib/domain/imports/text-lines";
import { ImportError, type ExportSource } from "@/lib/domain/imports/types";
import { flattenRecord } from "./flatten-record";

// The shapes a profile file comes in, read as a stream of records (one profile each, as columns):
//   CSV        a header line, then one profile per line (line numbers count the header as line 1)
//   JSON       a list of objects [{…}, …] (Apify's dataset export), {"profiles": [{…}]} (the body of our profiles
//              API), or one object (Instaloader's profile file {"node": {…}, "instaloader": {…}}); entries numbered from 1
//   JSON lines one object per line (NDJSON, .jsonl); blank lines are skipped
// Nested keys become dotted columns (see flatten-record.ts).

export type ProfileFormat = "csv" | "json" | "ndjson";
export type RowUnit = "line" | "entry";

/** What the file's rows are: cells by column name, or a row that is not a profile at all (with why). */
export type RecordSink = {
  record(row: number, cells: ReadonlyMap<string, unknown>): void;
  bad(row: number, detail: string): void;
};

export type RecordsRead = { format: ProfileFormat; layout: string; rowUnit: RowUnit; header: string[] | null };

/** The format told by the file name, else by its first bytes. */
export function detectProfileFormat(fileName: string, head: Uint8Array): ProfileFormat {
  const ext = extensionOf(fileName);
  if (ext === "csv" || ext === "tsv") return "csv";
  if (ext === "ndjson" || ext === "jsonl") return "ndjson";
  const text = headText(head).replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) {
    const [first, second] = text.split("\n", 2);
    return second !== undefined && /^\s*\{/.test(second) && isObjectLine(first!) ? "ndjson" : "json";
  }
  if (ext === "json") return "json";
  return "csv";
}

function isObjectLine(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Streams the records of a profile file to `sink`. `headerOnly` (CSV): stop after the header, which is then returned.
 * Throws ImportError for a file that is not text, not valid CSV or JSON, or empty.
 */
export async function readProfileRecords(source: ExportSource, format: ProfileFormat, sink: RecordSink, headerOnly = false): Promise<RecordsRead> {
  if (format === "csv") return readCsv(source, sink, headerOnly);
  if (format === "ndjson") {
    await readLines(source.open(), source.name, (text, line) => {
      if (!text.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return sink.bad(line, "not valid JSON");
      }
      entry(sink, line, value);
    });
    return { format, layout: "JSON lines", rowUnit: "line", header: null };
  }
  const visitor = new ProfilesVisitor(source.name, sink);
  await scanJson(source.open(), visitor, source.name);
  return { format, layout: visitor.finish(), rowUnit: "entry", header: null };
}

async function readCsv(source: ExportSource, sink: RecordSink, headerOnly: boolean): Promise<RecordsRead> {
  let header: string[] | null = null;
  await readCsvRecords(source.open(), source.name, (record, line) => {
    if (!header) {
      header = record.map((cell) => cell.replace(/^\uFEFF/, "").trim());
      return !headerOnly;
    }
    const cells = new Map<string, unknown>();
    // A name given twice: the first column of that name is the one read.
    header.forEach((name, i) => {
      if (!cells.has(name)) cells.set(name, record[i] ?? "");
    });
    sink.record(line, cells);
  });
  if (!header) throw new ImportError("empty-file", "The file has no header line", source.name);
  return { format: "csv", layout: "CSV", rowUnit: "line", header };
}

function entry(sink: RecordSink, row: number, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return sink.bad(row, `an entry should be an object, found ${describe(value)}`);
  sink.record(row, flattenRecord(value as Record<string, unknown>));
}

/** A list of entries, {"profiles": [...]}, or one object standing for one profile. */
class ProfilesVisitor implements JsonVisitor {
  private entries = 0;
  private list: "top" | "profiles" | null = null;
  private readonly single: Record<string, unknown> = {};

  constructor(
    private readonly name: string,
    private readonly sink: RecordSink,
  ) {}

  begin(path: JsonPath, kind: JsonKind): Decision {
    if (path.length === 0) {
      if (kind === "array") this.list = "top";
      else if (kind !== "object") throw new ImportError("wrong-shape", `A profile file should hold a list of objects or an object, not ${kind}`, this.name);
      return ENTER;
    }
    if (this.list === "top") return path.length === 1 ? CAPTURE : SKIP;
    if (path.length === 1) {
      if (path[0] === "profiles" && kind === "array" && this.entries === 0 && Object.keys(this.single).length === 0) {
        this.list = "profiles";
        return ENTER;
      }
      return this.list ? SKIP : CAPTURE;
    }
    return path.length === 2 && this.list === "profiles" ? CAPTURE : SKIP;
  }

  value(path: JsonPath, value: unknown): void {
    if (this.list) {
      entry(this.sink, ++this.entries, value);
      return;
    }
    this.single[String(path[0])] = value;
  }

  end(): void {}

  /** After the scan: the one-object form is its single entry. The layout, for the preview. */
  finish(): string {
    if (this.list === "top") return "JSON list";
    if (this.list === "profiles") return "JSON {\"profiles\": [...]}";
    if (Object.keys(this.single).length === 0) throw new ImportError("wrong-shape", `The object at ${formatPath([])} is empty`, this.name);
    entry(this.sink, 1, this.single);
    return "instaloader" in this.single && "node" in this.single ? "Instaloader profile JSON" : "JSON object (one profile)";
  }
}
