-- DropTable
DROP TABLE "bot_score_stage";
