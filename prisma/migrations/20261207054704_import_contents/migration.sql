-- CreateTable
CREATE TABLE "import_contents" (
    "import_id" INTEGER NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "data" BYTEA NOT NULL,
    "parsed" JSONB NOT NULL,

    CONSTRAINT "import_contents_pkey" PRIMARY KEY ("import_id")
);

-- AddForeignKey
ALTER TABLE "import_contents" ADD CONSTRAINT "import_contents_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
