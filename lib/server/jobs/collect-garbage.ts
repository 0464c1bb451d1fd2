import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/**
 * A full collection between the phases of a big import. V8 lets garbage pile up to a large share of its (multi-GB)
 * limit before a major collection; a million-row import then peaks near 800 MB where its live data is under 300 MB.
 * Collecting at the few points where a phase has just dropped its inputs keeps the server's high-water mark down
 * for ~0.1 s each. Node exposes gc only behind a flag, which can be set at run time for a fresh context.
 */
export function collectGarbage() {
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
