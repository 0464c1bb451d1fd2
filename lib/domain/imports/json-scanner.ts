import { formatPath } from "./problem";
import { ImportError, type ImportErrorCode } from "./types";

// A streaming JSON scanner for exports of 100+ MB where we need a few lists and skip the rest (videos, comments,
// messages). It validates the whole text as JSON but builds nothing for skipped values; the visitor decides at the
// start of each value inside containers it entered: skip it, enter it (containers) or capture it, which hands the
// value to the visitor parsed (JSON.parse on its own small text, e.g. one list entry).

export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";
export type JsonPath = readonly (string | number)[];
export const SKIP = 0;
export const ENTER = 1;
export const CAPTURE = 2;
export type Decision = typeof SKIP | typeof ENTER | typeof CAPTURE;

export interface JsonVisitor {
  /** A value starts at `path` inside entered containers (`[]` for the top-level value). */
  begin(path: JsonPath, kind: JsonKind): Decision;
  /** A captured value, parsed. */
  value(path: JsonPath, value: unknown): void;
  /** An entered container closed; `path` is its own path. */
  end(path: JsonPath, kind: JsonKind): void;
}

const VALUE = 0, VALUE_OR_END = 1, KEY_OR_END = 2, KEY = 3, COLON = 4, AFTER = 5, DONE = 6, STRING = 7, RUN = 8;
const OBJ = 0, ARR = 1;
const NONE = 0, CAP_VALUE = 1, CAP_KEY = 2;
const MAX_DEPTH = 512;
/** A number or literal longer than this is not one. */
const MAX_RUN = 64;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export class JsonScanner {
  private state = VALUE;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_DEPTH);
  /** containers 1..entered (by depth) are entered; path[k] is the key or index of the current child of level k */
  private entered = 0;
  private readonly path: (string | number)[] = [];
  private stringIsKey = false;
  private esc = 0;
  private run = "";
  private runStart = 0;
  private runCaptured = false;
  private cap = NONE;
  private capStart = 0;
  private capParts: string[] = [];
  private capLength = 0;
  private capDepth = 0;
  private offset = 0;
  private seen = false;

  constructor(
    private readonly visitor: JsonVisitor,
    private readonly name: string,
    /** largest value we capture (one list entry, a profile): a bigger one is not what we expect there */
    private readonly maxCapture = 1 << 20,
  ) {}

  /** characters scanned so far */
  get position(): number {
    return this.offset;
  }

  write(s: string): void {
    const n = s.length;
    this.capStart = 0;
    this.runStart = 0;
    let i = 0;
    while (i < n) {
      const state = this.state;
      if (state === STRING) i = this.string(s, i);
      else if (state === RUN) i = this.runOn(s, i);
      else {
        const c = s.charCodeAt(i);
        if (c === 32 || c === 10 || c === 13 || c === 9) i++;
        else i = this.token(s, i, c);
      }
    }
    if (this.cap !== NONE) {
      this.capParts.push(s.slice(this.capStart));
      this.capLength += n - this.capStart;
      if (this.capLength > this.maxCapture) throw this.fail(s, n, "a value here is far too large", "wrong-shape");
    }
    if (this.state === RUN) this.run += s.slice(this.runStart);
    this.offset += n;
  }

  end(): void {
    if (this.state === RUN) this.finishRun("", 0);
    if (this.state === DONE) return;
    if (!this.seen) throw new ImportError("empty-file", "The file is empty", this.name);
    throw this.fail("", 0, "it ends early (the file looks truncated)");
  }

  private token(s: string, i: number, c: number): number {
    switch (this.state) {
      case VALUE_OR_END:
        if (c === 93) return this.close(s, i, ARR);
        return this.startValue(s, i, c);
      case VALUE:
        return this.startValue(s, i, c);
      case KEY_OR_END:
        if (c === 125) return this.close(s, i, OBJ);
      // falls through: otherwise a key
      case KEY:
        if (c !== 34) throw this.fail(s, i, "expected a key in quotes");
        this.stringIsKey = true;
        if (this.cap === NONE && this.depth === this.entered) this.startCapture(CAP_KEY, i, this.depth);
        this.state = STRING;
        return i + 1;
      case COLON:
        if (c !== 58) throw this.fail(s, i, "expected ':' after a key");
        this.state = VALUE;
        return i + 1;
      case AFTER:
        if (c === 44) {
          this.state = this.kinds[this.depth - 1] === OBJ ? KEY : VALUE;
          return i + 1;
        }
        if (c === 125) return this.close(s, i, OBJ);
        if (c === 93) return this.close(s, i, ARR);
        throw this.fail(s, i, "expected ',' or the end of the list or object");
      default:
        throw this.fail(s, i, "unexpected text after the end of the JSON");
    }
  }

  private startValue(s: string, i: number, c: number): number {
    const kind: JsonKind | null =
      c === 123 ? "object" : c === 91 ? "array" : c === 34 ? "string" : c === 116 || c === 102 ? "boolean"
        : c === 110 ? "null" : c === 45 || (c >= 48 && c <= 57) ? "number" : null;
    const visible = this.cap === NONE && this.depth === this.entered;
    const last = this.entered - 1;
    if (visible && last >= 0 && this.kinds[last] === ARR) this.path[last] = (this.path[last] as number) + 1;
    if (!kind) throw this.fail(s, i, "expected a value");
    this.seen = true;
    const decision: Decision = visible ? this.visitor.begin(this.path, kind) : SKIP;
    if (kind === "object" || kind === "array") {
      if (this.depth === MAX_DEPTH) throw this.fail(s, i, "the JSON is nested too deeply");
      this.kinds[this.depth++] = kind === "object" ? OBJ : ARR;
      if (decision === ENTER) {
        this.entered++;
        this.path.push(kind === "array" ? -1 : "");
      } else if (decision === CAPTURE) this.startCapture(CAP_VALUE, i, this.depth - 1);
      this.state = kind === "array" ? VALUE_OR_END : KEY_OR_END;
      return i + 1;
    }
    if (kind === "string") {
      this.stringIsKey = false;
      if (decision === CAPTURE) this.startCapture(CAP_VALUE, i, this.depth);
      this.state = STRING;
      return i + 1;
    }
    this.runCaptured = decision === CAPTURE;
    this.runStart = i;
    this.state = RUN;
    return i;
  }

  /** `depth`: the depth at which the captured value ends (outside it, for a container) */
  private startCapture(kind: number, at: number, depth: number): void {
    this.cap = kind;
    this.capStart = at;
    this.capParts = [];
    this.capLength = 0;
    this.capDepth = depth;
  }

  private captured(s: string, end: number): unknown {
    const piece = s.slice(this.capStart, end);
    const text = this.capParts.length ? this.capParts.join("") + piece : piece;
    this.cap = NONE;
    this.capParts = [];
    try {
      return JSON.parse(text);
    } catch {
      throw this.fail(s, end, "invalid JSON value");
    }
  }

  private string(s: string, i: number): number {
    const n = s.length;
    if (this.esc !== 0) i = this.escape(s, i);
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) return this.endString(s, i);
      if (c === 92) {
        this.esc = 1;
        i = this.escape(s, i + 1);
        continue;
      }
      if (c < 32) throw this.fail(s, i, "a control character inside a string");
      i++;
    }
    return n;
  }

  private escape(s: string, i: number): number {
    const n = s.length;
    for (; this.esc !== 0 && i < n; i++) {
      const c = s.charCodeAt(i);
      if (this.esc === 1) {
        if (c === 117) this.esc = 2;
        else if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) this.esc = 0;
        else throw this.fail(s, i, "an invalid escape in a string");
      } else {
        const hex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
        if (!hex) throw this.fail(s, i, "an invalid \\u escape in a string");
        this.esc = this.esc === 5 ? 0 : this.esc + 1;
      }
    }
    return i;
  }

  private endString(s: string, i: number): number {
    if (this.stringIsKey) {
      if (this.cap === CAP_KEY) this.path[this.entered - 1] = this.captured(s, i + 1) as string;
      this.state = COLON;
      return i + 1;
    }
    if (this.cap === CAP_VALUE && this.depth === this.capDepth) this.visitor.value(this.path, this.captured(s, i + 1));
    this.state = this.depth === 0 ? DONE : AFTER;
    return i + 1;
  }

  private runOn(s: string, i: number): number {
    const n = s.length;
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 43 || c === 46 || c === 69) j++;
      else break;
    }
    if (this.run.length + j - this.runStart > MAX_RUN) throw this.fail(s, j, "a number or word that is far too long");
    if (j < n) this.finishRun(s, j);
    return j;
  }

  private finishRun(s: string, j: number): void {
    const text = this.run + s.slice(this.runStart, j);
    this.run = "";
    const value = text === "true" ? true : text === "false" ? false : text === "null" ? null : NUMBER.test(text) ? Number(text) : undefined;
    if (value === undefined) throw this.fail(s, j, `${JSON.stringify(text)} is not a JSON value`);
    if (this.runCaptured) this.visitor.value(this.path, value);
    this.state = this.depth === 0 ? DONE : AFTER;
  }

  private close(s: string, i: number, kind: number): number {
    if (this.kinds[this.depth - 1] !== kind) throw this.fail(s, i, `unexpected '${kind === OBJ ? "}" : "]"}'`);
    this.depth--;
    if (this.depth < this.entered) {
      this.entered--;
      this.path.pop();
      this.visitor.end(this.path, kind === OBJ ? "object" : "array");
    } else if (this.cap === CAP_VALUE && this.depth === this.capDepth) {
      this.visitor.value(this.path, this.captured(s, i + 1));
    }
    this.state = this.depth === 0 ? DONE : AFTER;
    return i + 1;
  }

  private fail(s: string, i: number, message: string, code: ImportErrorCode = "malformed"): ImportError {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const where = `${this.name}, character ${this.offset + i + 1}${this.entered ? ` in ${formatPath(this.path)}` : ""}`;
    if (c === 0) return new ImportError("not-text", "The file contains NUL bytes: it is not a text file", where);
    return new ImportError(code, `Not valid JSON: ${message}`, where);
  }
}
