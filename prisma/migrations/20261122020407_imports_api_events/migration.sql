-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "payload" JSONB;

-- CreateTable
CREATE TABLE "imports" (
    "id" SERIAL NOT NULL,
    "tracked_account_id" INTEGER NOT NULL,
    "created_by_id" INTEGER,
    "origin" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_size" BIGINT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "storage_path" TEXT,
    "status" TEXT NOT NULL DEFAULT 'parsing',
    "auto_apply" BOOLEAN NOT NULL DEFAULT false,
    "format" TEXT,
    "layout" TEXT,
    "followers" INTEGER,
    "following" INTEGER,
    "first_record_at" TIMESTAMPTZ(3),
    "last_record_at" TIMESTAMPTZ(3),
    "exported_at" TIMESTAMPTZ(3),
    "taken_at" TIMESTAMPTZ(3),
    "profile_follower_count" INTEGER,
    "profile_following_count" INTEGER,
    "preview" JSONB,
    "warnings" JSONB,
    "error" TEXT,
    "snapshot_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshot_contents" (
    "snapshot_id" INTEGER NOT NULL,
    "tracked_account_id" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "snapshot_contents_pkey" PRIMARY KEY ("snapshot_id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_events" (
    "id" SERIAL NOT NULL,
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "direction" SMALLINT NOT NULL,
    "action" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "imports_tracked_account_id_created_at_idx" ON "imports"("tracked_account_id", "created_at");

-- CreateIndex
CREATE INDEX "imports_tracked_account_id_file_hash_idx" ON "imports"("tracked_account_id", "file_hash");

-- CreateIndex
CREATE INDEX "snapshot_contents_tracked_account_id_idx" ON "snapshot_contents"("tracked_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "follow_events_tracked_account_id_occurred_at_idx" ON "follow_events"("tracked_account_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "follow_events_tracked_account_id_idempotency_key_key" ON "follow_events"("tracked_account_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_tracked_account_id_fkey" FOREIGN KEY ("tracked_account_id") REFERENCES "tracked_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
