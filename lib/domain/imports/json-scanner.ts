import { CaptureBuffer } from "./capture-buffer";
import { type CaptureState, LexError, runEnd, runValue, scanCaptured, scanString, type StringState } from "./json-lexing";
import { CAPTURE, type Decision, ENTER, type JsonKind, type JsonVisitor, kindOf, SKIP } from "./json-visitor";
import { ScanPosition } from "./scan-position";
import { ImportError } from "./types";

// A streaming JSON scanner for exports of 100+ MB where we need a few lists and skip the rest (videos, comments,
// messages). It validates the whole text as JSON but builds nothing for skipped values; the visitor decides at the
// start of each value inside containers it entered: skip it, enter it (containers) or capture it, which hands the
// value to the visitor parsed (JSON.parse on its own small text, e.g. one list entry).

const VALUE = 0, VALUE_OR_END = 1, KEY_OR_END = 2, KEY = 3, COLON = 4, AFTER = 5, DONE = 6, STRING = 7, RUN = 8, CAPTURING = 9;
const OBJ = 0, ARR = 1;
const MAX_DEPTH = 512;
/** A number or literal longer than this is not one. */
const MAX_RUN = 64;

export class JsonScanner extends ScanPosition {
  private state = VALUE;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_DEPTH);
  private readonly str: StringState = { esc: 0 };
  private readonly inner: CaptureState = { depth: 0, inString: false, esc: false };
  private stringIsKey = false;
  /** the key, string or container being captured; the number or literal being read */
  private readonly cap: CaptureBuffer;
  private readonly run = new CaptureBuffer(MAX_RUN);
  private runCaptured = false;
  private seen = false;

  constructor(
    private readonly visitor: JsonVisitor,
    name: string,
    /** largest value we capture (one list entry, a profile): a bigger one is not what we expect there */
    maxCapture = 1 << 20,
  ) {
    super(name);
    this.cap = new CaptureBuffer(maxCapture);
  }

  write(s: string): void {
    const n = s.length;
    let i = 0;
    try {
      while (i < n) {
        const state = this.state;
        if (state === CAPTURING) i = this.captureOn(s, i);
        else if (state === STRING) i = this.stringOn(s, i);
        else if (state === RUN) i = this.runOn(s, i);
        else {
          const c = s.charCodeAt(i);
          if (c === 32 || c === 10 || c === 13 || c === 9) i++;
          else i = this.token(s, i, c);
        }
      }
    } catch (error) {
      throw error instanceof LexError ? this.fail(s, error.at, error.message) : error;
    }
    if (!this.cap.carry(s)) throw this.fail(s, n, "a value here is far too large", "wrong-shape");
    if (!this.run.carry(s)) throw this.fail(s, n, "a number or word that is far too long");
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
        return c === 93 ? this.close(s, i, ARR) : this.startValue(s, i, c);
      case VALUE:
        return this.startValue(s, i, c);
      case KEY_OR_END:
        if (c === 125) return this.close(s, i, OBJ);
      // falls through: otherwise a key
      case KEY:
        if (c !== 34) throw this.fail(s, i, "expected a key in quotes");
        this.stringIsKey = true;
        if (this.depth === this.entered) this.cap.begin(i);
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
        if (c === 125 || c === 93) return this.close(s, i, c === 125 ? OBJ : ARR);
        throw this.fail(s, i, "expected ',' or the end of the list or object");
      default:
        throw this.fail(s, i, "unexpected text after the end of the JSON");
    }
  }

  private startValue(s: string, i: number, c: number): number {
    const kind = kindOf(c);
    const visible = this.depth === this.entered;
    const last = this.entered - 1;
    if (visible && last >= 0 && this.kinds[last] === ARR) this.path[last] = (this.path[last] as number) + 1;
    if (!kind) throw this.fail(s, i, "expected a value");
    this.seen = true;
    const decision: Decision = visible ? this.visitor.begin(this.path, kind) : SKIP;
    if (kind === "string") {
      this.stringIsKey = false;
      if (decision === CAPTURE) this.cap.begin(i);
      this.state = STRING;
      return i + 1;
    }
    if (kind !== "object" && kind !== "array") {
      this.runCaptured = decision === CAPTURE;
      this.run.begin(i);
      this.state = RUN;
      return i;
    }
    if (this.depth === MAX_DEPTH) throw this.fail(s, i, "the JSON is nested too deeply");
    this.kinds[this.depth++] = kind === "object" ? OBJ : ARR;
    if (decision === CAPTURE) {
      this.cap.begin(i);
      this.inner.depth = 1;
      this.state = CAPTURING;
      return i + 1;
    }
    if (decision === ENTER) {
      this.entered++;
      this.path.push(kind === "array" ? -1 : "");
    }
    this.state = kind === "array" ? VALUE_OR_END : KEY_OR_END;
    return i + 1;
  }

  private captured(s: string, end: number): unknown {
    const text = this.cap.take(s, end);
    try {
      return JSON.parse(text);
    } catch {
      throw this.refused(text, s, end);
    }
  }

  private captureOn(s: string, i: number): number {
    const end = scanCaptured(s, i, this.inner);
    if (end < 0) return s.length;
    this.depth--;
    this.visitor.value(this.path, this.captured(s, end));
    this.state = this.depth === 0 ? DONE : AFTER;
    return end;
  }

  private stringOn(s: string, i: number): number {
    const j = scanString(s, i, this.str);
    if (j < 0) return s.length;
    if (this.stringIsKey) {
      if (this.cap.active) this.path[this.entered - 1] = this.captured(s, j + 1) as string;
      this.state = COLON;
    } else {
      if (this.cap.active) this.visitor.value(this.path, this.captured(s, j + 1));
      this.state = this.depth === 0 ? DONE : AFTER;
    }
    return j + 1;
  }

  private runOn(s: string, i: number): number {
    const j = runEnd(s, i);
    if (j < s.length) this.finishRun(s, j);
    return j;
  }

  private finishRun(s: string, j: number): void {
    const text = this.run.take(s, j);
    if (text.length > MAX_RUN) throw this.fail(s, j, "a number or word that is far too long");
    const value = runValue(text);
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
    }
    this.state = this.depth === 0 ? DONE : AFTER;
    return i + 1;
  }
}
