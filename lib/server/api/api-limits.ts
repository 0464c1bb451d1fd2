import { defaultImportLimits } from "@/lib/domain/imports/types";

export type ApiLimits = {
  ratePerMinute: number;
  rateBurst: number;
  /** events and profiles bodies: 10,000 items of a few hundred bytes fit well inside */
  maxJsonBytes: number;
  maxSnapshotBytes: number;
};

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** The API's limits; each can be set by the environment (tests use small ones). */
export function readApiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  return {
    ratePerMinute: positive(env.FOLLOWLENS_API_RATE_PER_MINUTE, 60),
    rateBurst: positive(env.FOLLOWLENS_API_RATE_BURST, 30),
    maxJsonBytes: positive(env.FOLLOWLENS_API_MAX_JSON_BYTES, 8 * 1024 * 1024),
    maxSnapshotBytes: Math.min(positive(env.FOLLOWLENS_API_MAX_SNAPSHOT_BYTES, defaultImportLimits.maxFileBytes), defaultImportLimits.maxFileBytes),
  };
}
