-- The bots page asks for score DESC NULLS LAST (unknown accounts, with no score, last): the three indexes below are
-- written in that order by hand (schema.prisma cannot say NULLS LAST; its diff does not compare it).
-- DropIndex
DROP INDEX "bot_scores_tracked_account_id_confidence_score_idx";

-- DropIndex
DROP INDEX "bot_scores_tracked_account_id_score_idx";

-- AlterTable
ALTER TABLE "bot_summaries" ADD COLUMN     "account_counts" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reason_counts" JSONB NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "bot_scores_worst_first_idx" ON "bot_scores"("tracked_account_id", "score" DESC NULLS LAST, "handle_key");

-- CreateIndex
CREATE INDEX "bot_scores_label_worst_first_idx" ON "bot_scores"("tracked_account_id", "label", "score" DESC NULLS LAST, "handle_key");

-- CreateIndex
CREATE INDEX "bot_scores_confidence_worst_first_idx" ON "bot_scores"("tracked_account_id", "confidence", "score" DESC NULLS LAST, "handle_key");
