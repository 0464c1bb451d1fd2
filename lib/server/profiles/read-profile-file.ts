import { stat } from "node:fs/promises";
import { formatBytes } from "@/lib/domain/format-bytes";
import { defaultImportLimits, ImportError, type ImportLimits } from "@/lib/domain/imports/types";
import { parseProfiles, type ParsedProfiles } from "@/lib/domain/profiles/parse-profiles";
import { detectProfileFormat } from "@/lib/domain/profiles/profile-records";
import type { ColumnChoices } from "@/lib/domain/profiles/resolve-mapping";
import { byteCounter, fileChunks, readHead } from "../imports/parse-export-file";

export type ReadProfileFileOptions = {
  choices?: ColumnChoices;
  now?: Date;
  limits?: ImportLimits;
  /** bytes read so far, of the total (the file is read twice: once for its columns, once for the values) */
  onProgress?: (read: number, total: number) => void;
};

/**
 * Parses a stored profile file (streaming, from disk), held to the import limits. Throws ImportError for a file we
 * refuse: empty, too large, a zip, not text, not valid CSV or JSON.
 */
export async function readProfileFile(path: string, fileName: string, options: ReadProfileFileOptions = {}): Promise<ParsedProfiles> {
  const limits = options.limits ?? defaultImportLimits;
  const { size } = await stat(path);
  if (size === 0) throw new ImportError("empty-file", "The file is empty", fileName);
  if (size > limits.maxFileBytes) throw new ImportError("too-large", `The file is larger than ${formatBytes(limits.maxFileBytes)}`, fileName);
  const head = await readHead(path);
  if (head[0] === 0x50 && head[1] === 0x4b) throw new ImportError("unknown-format", "This is a zip archive: upload the CSV or JSON file inside it", fileName);
  const count = byteCounter(size * 2, options.onProgress);
  return parseProfiles(
    { name: fileName, open: () => count(fileChunks(path)) },
    { format: detectProfileFormat(fileName, head), choices: options.choices, now: options.now ?? new Date() },
  );
}
