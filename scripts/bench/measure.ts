export type Figure = { figure: string; db: string; value: number; unit: "s" | "ms" | "MB" | "rows/s"; floor?: number; ratio?: number };

export async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { seconds: (performance.now() - t0) / 1000, result };
}

export function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function printFigures(figures: Figure[]) {
  console.log("\n%s", ["figure".padEnd(44), "db".padEnd(9), "value".padStart(10), "unit".padEnd(5), "floor".padStart(9), "ratio".padStart(7)].join(" "));
  for (const f of figures) {
    console.log(
      [f.figure.padEnd(44), f.db.padEnd(9), String(round(f.value)).padStart(10), f.unit.padEnd(5), f.floor === undefined ? "".padStart(9) : String(round(f.floor)).padStart(9), f.ratio === undefined ? "".padStart(7) : f.ratio.toFixed(2).padStart(7)].join(" "),
    );
  }
  console.log("");
  for (const f of figures) console.log(JSON.stringify({ ...f, value: round(f.value), ...(f.floor !== undefined ? { floor: round(f.floor) } : {}), ...(f.ratio !== undefined ? { ratio: Math.round(f.ratio * 100) / 100 } : {}) }));
}
