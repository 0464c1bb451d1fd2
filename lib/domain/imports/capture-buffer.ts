/**
 * The text of a value being captured by the JSON scanner, which may span chunks: where it starts in the current
 * chunk, and the pieces of earlier chunks. Held to a size limit: a list entry or a profile is small, so a huge one
 * is not what we expect there (and must not fill memory).
 */
export class CaptureBuffer {
  active = false;
  private start = 0;
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly max: number) {}

  begin(at: number): void {
    this.active = true;
    this.start = at;
    this.parts = [];
    this.length = 0;
  }

  /** At the end of a chunk: keeps the part of it captured so far. False when the value grew over the limit. */
  carry(s: string): boolean {
    if (!this.active) return true;
    this.parts.push(s.slice(this.start));
    this.length += s.length - this.start;
    this.start = 0;
    return this.length <= this.max;
  }

  /** The captured text, ending at `end` in the current chunk. */
  take(s: string, end: number): string {
    const piece = s.slice(this.start, end);
    const text = this.parts.length ? this.parts.join("") + piece : piece;
    this.active = false;
    this.parts = [];
    return text;
  }
}
