import type { BotQuery } from "@/lib/domain/bot-query";
import type { BotConfidence, BotReason } from "@/lib/domain/bots/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { botWhere } from "./find-bot-scores";

const CHUNK = 5_000;

export type BotExportRow = { handleKey: string; score: number | null; label: string; confidence: BotConfidence | null; version: number; reasons: BotReason[] };

/** Every score matching the filters, in key order, read in chunks by key. */
export async function* streamBotScores(scope: AccountScope, q: BotQuery): AsyncGenerator<BotExportRow[]> {
  const where = botWhere(scope, q);
  let after: string | null = null;
  for (;;) {
    const rows: BotExportRow[] = await db().botScore.findMany({
      where: { ...where, ...(after !== null ? { handleKey: { gt: after } } : {}) },
      orderBy: { handleKey: "asc" },
      take: CHUNK,
      select: { handleKey: true, score: true, label: true, confidence: true, version: true, reasons: true },
    }) as BotExportRow[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.handleKey;
    if (rows.length < CHUNK) return;
  }
}
