import type { ReadImport } from "./read-import-file";

const holder = globalThis as unknown as { __followlensParsedImports?: Map<number, ReadImport> };
const cache = (holder.__followlensParsedImports ??= new Map());

/**
 * An import parsed by its preview and applied straight after (API pushes, the CLI) is handed over in memory instead
 * of being parsed twice. Only one is held at a time; an import that waits for a creator's decision is parsed again.
 */
export function keepParsedImport(importId: number, read: ReadImport) {
  cache.clear();
  cache.set(importId, read);
}

export function takeParsedImport(importId: number): ReadImport | null {
  const read = cache.get(importId) ?? null;
  cache.delete(importId);
  return read;
}
