import { parseCsv } from "./csv";
import type { ParseOptions } from "./export-result";
import { parseFollowlensJson } from "./followlens-json";
import { parseFollowlensNdjson } from "./followlens-ndjson";
import { parseInstagram } from "./instagram";
import { parseTikTokJson } from "./tiktok-json";
import { parseTikTokTxt } from "./tiktok-txt";
import { ImportError, type ExportFormat, type ExportSource, type ParsedExport } from "./types";

export type { ParseOptions } from "./export-result";

/** Parses the files of one export in `format` (several only for TikTok TXT and Instagram). */
export async function parseExportSources(format: ExportFormat, sources: ExportSource[], options: ParseOptions): Promise<ParsedExport> {
  if (format === "tiktok-txt") return parseTikTokTxt(sources, options);
  if (format === "instagram") return parseInstagram(sources, options);
  const [source, ...rest] = sources;
  if (!source || rest.length) throw new ImportError("unknown-format", `A ${format} export is one file, found ${sources.length}`);
  const single = { ...options, name: source.name };
  switch (format) {
    case "tiktok-json":
      return parseTikTokJson(source.open(), single);
    case "csv":
      return parseCsv(source.open(), single);
    case "followlens-json":
      return parseFollowlensJson(source.open(), single);
    case "followlens-ndjson":
      return parseFollowlensNdjson(source.open(), single);
  }
}
