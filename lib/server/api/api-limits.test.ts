import { describe, expect, it } from "vitest";
import { defaultImportLimits } from "@/lib/domain/imports/types";
import { readApiLimits } from "./api-limits";

describe("readApiLimits", () => {
  it.each([
    { env: {}, out: { ratePerMinute: 60, rateBurst: 30, maxJsonBytes: 8 * 1024 * 1024, maxSnapshotBytes: defaultImportLimits.maxFileBytes } },
    { env: { FOLLOWLENS_API_RATE_PER_MINUTE: "600", FOLLOWLENS_API_RATE_BURST: "5" }, out: { ratePerMinute: 600, rateBurst: 5 } },
    { env: { FOLLOWLENS_API_RATE_BURST: "0", FOLLOWLENS_API_RATE_PER_MINUTE: "lots" }, out: { ratePerMinute: 60, rateBurst: 30 } },
    { env: { FOLLOWLENS_API_MAX_JSON_BYTES: "1000", FOLLOWLENS_API_MAX_SNAPSHOT_BYTES: "2000" }, out: { maxJsonBytes: 1000, maxSnapshotBytes: 2000 } },
    // the import's own streaming limit still applies past it, so a larger setting would only mislead
    { env: { FOLLOWLENS_API_MAX_SNAPSHOT_BYTES: String(defaultImportLimits.maxFileBytes * 2) }, out: { maxSnapshotBytes: defaultImportLimits.maxFileBytes } },
  ])("$env", ({ env, out }) => {
    expect(readApiLimits(env as NodeJS.ProcessEnv)).toMatchObject(out);
  });
});
