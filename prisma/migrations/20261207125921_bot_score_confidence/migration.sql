-- CreateEnum
CREATE TYPE "bot_confidence" AS ENUM ('low', 'medium', 'high');

-- AlterTable
ALTER TABLE "bot_score_stage" ADD COLUMN     "confidence" "bot_confidence";

-- AlterTable
ALTER TABLE "bot_scores" ADD COLUMN     "confidence" "bot_confidence";

-- AlterTable
ALTER TABLE "bot_summaries" ADD COLUMN     "high_confidence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "low_confidence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "medium_confidence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "no_profile" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "bot_scores_tracked_account_id_confidence_score_idx" ON "bot_scores"("tracked_account_id", "confidence", "score");
