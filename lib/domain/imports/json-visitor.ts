// What the streaming JSON scanner (json-scanner.ts) asks of the format parsers built on it.

export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";
export type JsonPath = readonly (string | number)[];

export const SKIP = 0;
export const ENTER = 1;
export const CAPTURE = 2;
/** SKIP: read past it; ENTER: visit its members (containers); CAPTURE: hand it over parsed. */
export type Decision = typeof SKIP | typeof ENTER | typeof CAPTURE;

export interface JsonVisitor {
  /** A value starts at `path` inside entered containers (`[]` for the top-level value). */
  begin(path: JsonPath, kind: JsonKind): Decision;
  /** A captured value, parsed. */
  value(path: JsonPath, value: unknown): void;
  /** An entered container closed; `path` is its own path. */
  end(path: JsonPath, kind: JsonKind): void;
}

/** The kind of value a first character starts, or null. */
export function kindOf(c: number): JsonKind | null {
  if (c === 123) return "object";
  if (c === 91) return "array";
  if (c === 34) return "string";
  if (c === 116 || c === 102) return "boolean";
  if (c === 110) return "null";
  return c === 45 || (c >= 48 && c <= 57) ? "number" : null;
}
