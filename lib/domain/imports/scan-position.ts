import { formatPath } from "./problem";
import { ImportError, type ImportErrorCode } from "./types";

const NUL = "The file contains NUL bytes: it is not a text file";

/**
 * Where the JSON scanner is, for error messages: the file, the character offset, and the key path of the
 * containers it entered ("character 1234 in Profile And Settings.Follower.FansList[3]").
 */
export class ScanPosition {
  /** characters of earlier chunks */
  protected offset = 0;
  /** containers 1..entered (by depth) are entered; path[k] is the key or index of the current child of level k */
  protected entered = 0;
  protected readonly path: (string | number)[] = [];

  constructor(protected readonly name: string) {}

  /** characters scanned so far */
  get position(): number {
    return this.offset;
  }

  protected where(i: number): string {
    return `${this.name}, character ${this.offset + i + 1}${this.entered ? ` in ${formatPath(this.path)}` : ""}`;
  }

  /** The error for a problem at index `i` of chunk `s` (a NUL byte there makes it "not text"). */
  protected fail(s: string, i: number, message: string, code: ImportErrorCode = "malformed"): ImportError {
    if (i < s.length && s.charCodeAt(i) === 0) return new ImportError("not-text", NUL, this.where(i));
    return new ImportError(code, `Not valid JSON: ${message}`, this.where(i));
  }

  /** The error for captured text that JSON.parse refused, ending at index `end`. */
  protected refused(text: string, s: string, end: number): ImportError {
    if (text.includes("\u0000")) return new ImportError("not-text", NUL, this.where(end));
    return this.fail(s, end, "invalid JSON in the value that ends here");
  }
}
