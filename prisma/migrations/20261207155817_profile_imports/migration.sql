-- CreateTable
CREATE TABLE "profile_imports" (
    "id" SERIAL NOT NULL,
    "tracked_account_id" INTEGER NOT NULL,
    "created_by_id" INTEGER,
    "file_name" TEXT NOT NULL,
    "file_size" BIGINT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "storage_path" TEXT,
    "status" TEXT NOT NULL DEFAULT 'parsing',
    "mapping" JSONB,
    "report" JSONB,
    "error" TEXT,
    "written" INTEGER,
    "rescore_job_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "profile_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "profile_imports_tracked_account_id_created_at_idx" ON "profile_imports"("tracked_account_id", "created_at");

-- AddForeignKey
ALTER TABLE "profile_imports" ADD CONSTRAINT "profile_imports_tracked_account_id_fkey" FOREIGN KEY ("tracked_account_id") REFERENCES "tracked_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
