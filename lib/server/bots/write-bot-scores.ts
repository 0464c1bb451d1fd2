import type { BotScore } from "@/lib/domain/bots/types";
import type { PrismaClient } from "../generated/prisma/client";

const BATCH = 10_000;

/** Upserts scores with their version and time; reasons are stored as JSON so the page can show them as given. */
export async function writeBotScores(prisma: PrismaClient, trackedAccountId: number, scored: [string, BotScore][], at: Date) {
  for (let start = 0; start < scored.length; start += BATCH) {
    const part = scored.slice(start, start + BATCH);
    await prisma.$executeRaw`
      INSERT INTO bot_scores (tracked_account_id, handle_key, score, label, reasons, version, scored_at)
      SELECT ${trackedAccountId}::int, k, s, l, r::jsonb, v, ${at}::timestamptz
      FROM unnest(${part.map(([k]) => k)}::text[], ${part.map(([, b]) => b.score)}::int[], ${part.map(([, b]) => b.label)}::text[],
                  ${part.map(([, b]) => JSON.stringify(b.reasons))}::text[], ${part.map(([, b]) => b.version)}::int[]) AS u(k, s, l, r, v)
      ON CONFLICT (tracked_account_id, handle_key) DO UPDATE SET
        score = EXCLUDED.score, label = EXCLUDED.label, reasons = EXCLUDED.reasons, version = EXCLUDED.version, scored_at = EXCLUDED.scored_at`;
  }
}
