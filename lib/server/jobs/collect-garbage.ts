import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;
const BIG_ROWS = 200_000;

/**
 * A full collection between the phases of a big import. V8 lets garbage pile up to a large share of its (multi-GB)
 * limit before a major collection; a million-row import then peaks near 800 MB where its live data is under 300 MB.
 * Collecting at the few points where a phase has just dropped its inputs keeps the server's high-water mark down
 * for ~0.1 s each. Below `BIG_ROWS` rows the garbage is small and V8's own pace is fine: nothing is done. Node
 * exposes gc only behind a flag, which can be set at run time for a fresh context.
 */
export function collectGarbage(rows: number) {
  if (rows < BIG_ROWS) return;
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
