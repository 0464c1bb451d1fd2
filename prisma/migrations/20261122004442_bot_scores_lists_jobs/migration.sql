-- handle_key in the C collation like relationships.handle_key, so they join without a collation conflict.
-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "audience_quality" DOUBLE PRECISION;

-- account_profiles joins relationships by handle_key: same collation, so the join can use its primary key.
ALTER TABLE "account_profiles" ALTER COLUMN "handle_key" TYPE TEXT COLLATE "C";

-- CreateTable
CREATE TABLE "bot_scores" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT COLLATE "C" NOT NULL,
    "score" SMALLINT,
    "label" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "version" SMALLINT NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bot_scores_pkey" PRIMARY KEY ("tracked_account_id","handle_key")
);

-- CreateTable
CREATE TABLE "bot_score_stage" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT COLLATE "C" NOT NULL,
    "score" SMALLINT,
    "label" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "version" SMALLINT NOT NULL,

    CONSTRAINT "bot_score_stage_pkey" PRIMARY KEY ("tracked_account_id","handle_key")
);

-- CreateTable
CREATE TABLE "account_list_entries" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT COLLATE "C" NOT NULL,
    "list" TEXT NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_list_entries_pkey" PRIMARY KEY ("tracked_account_id","handle_key")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "tracked_account_id" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "phase" TEXT,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bot_summaries" (
    "tracked_account_id" INTEGER NOT NULL,
    "version" SMALLINT NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,
    "likely_real" INTEGER NOT NULL,
    "suspicious" INTEGER NOT NULL,
    "likely_bot" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "histogram" INTEGER[],

    CONSTRAINT "bot_summaries_pkey" PRIMARY KEY ("tracked_account_id")
);

-- CreateIndex
CREATE INDEX "bot_scores_tracked_account_id_score_idx" ON "bot_scores"("tracked_account_id", "score");

-- CreateIndex
CREATE INDEX "account_list_entries_tracked_account_id_list_added_at_idx" ON "account_list_entries"("tracked_account_id", "list", "added_at");

-- CreateIndex
CREATE INDEX "jobs_status_created_at_idx" ON "jobs"("status", "created_at");

-- CreateIndex
CREATE INDEX "jobs_tracked_account_id_created_at_idx" ON "jobs"("tracked_account_id", "created_at");
