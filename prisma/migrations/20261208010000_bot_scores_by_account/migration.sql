-- bot_scores becomes a table partitioned by tracked account. A scoring run builds an account's scores into a fresh
-- table with no index, indexes it in bulk and swaps it in for the account's previous partition in one transaction
-- (lib/server/bots/write-bot-scores.ts): bulk index builds instead of a million index insertions.
-- Scores from before, and rows written straight into bot_scores for an account with no partition, live in the
-- default partition; a run moves its account out of it.
ALTER TABLE "bot_scores" RENAME TO "bot_scores_default";
ALTER TABLE "bot_scores_default" RENAME CONSTRAINT "bot_scores_pkey" TO "bot_scores_default_pkey";
ALTER INDEX "bot_scores_worst_first_idx" RENAME TO "bot_scores_default_worst_first_idx";
ALTER INDEX "bot_scores_label_worst_first_idx" RENAME TO "bot_scores_default_label_worst_first_idx";
ALTER INDEX "bot_scores_confidence_worst_first_idx" RENAME TO "bot_scores_default_confidence_worst_first_idx";

CREATE TABLE "bot_scores" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT COLLATE "C" NOT NULL,
    "score" SMALLINT,
    "label" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "version" SMALLINT NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,
    "confidence" "bot_confidence",

    CONSTRAINT "bot_scores_pkey" PRIMARY KEY ("tracked_account_id","handle_key")
) PARTITION BY LIST ("tracked_account_id");

CREATE INDEX "bot_scores_worst_first_idx" ON "bot_scores"("tracked_account_id", "score" DESC NULLS LAST, "handle_key");
CREATE INDEX "bot_scores_label_worst_first_idx" ON "bot_scores"("tracked_account_id", "label", "score" DESC NULLS LAST, "handle_key");
CREATE INDEX "bot_scores_confidence_worst_first_idx" ON "bot_scores"("tracked_account_id", "confidence", "score" DESC NULLS LAST, "handle_key");

ALTER TABLE "bot_scores" ATTACH PARTITION "bot_scores_default" DEFAULT;
