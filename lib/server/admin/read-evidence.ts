// anomalies.evidence is JSON written by the detectors; it is checked on the way out so a page never renders a
// shape it does not expect (an older or hand-edited row shows what it can instead of breaking the page).
import { z } from "zod";
import type { Evidence } from "@/lib/domain/anomalies/types";

const evidenceSchema = z.object({
  facts: z.array(z.object({ label: z.string(), value: z.string() })).catch([]),
  series: z
    .object({
      label: z.string(),
      unit: z.string(),
      points: z.array(z.object({ at: z.string(), value: z.number(), inWindow: z.boolean() })),
      baseline: z.number().nullable(),
      threshold: z.number().nullable(),
    })
    .nullable()
    .catch(null),
});

export function readEvidence(json: unknown): Evidence {
  const parsed = evidenceSchema.safeParse(json);
  return parsed.success ? parsed.data : { facts: [], series: null };
}
