-- Hand edits, which the Prisma schema cannot express (its diff ignores them, so they survive). No semicolons in comments:
-- the migration runner splits statements on them.
-- relationships.handle_key uses the C collation: byte order makes a handle prefix search an index range scan.
-- The date indexes of relationships are partial (WHERE … IS NOT NULL): every list that sorts by a date filters on it,
-- and an import then writes no index entries for the rows a list never shows.
-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CREATOR', 'ADMIN');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CREATOR',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tracked_accounts" (
    "id" SERIAL NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'tiktok',
    "handle" TEXT NOT NULL,
    "handle_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tracked_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "id" SERIAL NOT NULL,
    "tracked_account_id" INTEGER NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "source" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'applied',
    "has_followers" BOOLEAN NOT NULL,
    "has_following" BOOLEAN NOT NULL,
    "follower_count" INTEGER NOT NULL,
    "following_count" INTEGER NOT NULL,
    "mutual_count" INTEGER NOT NULL DEFAULT 0,
    "gained_followers" INTEGER NOT NULL DEFAULT 0,
    "lost_followers" INTEGER NOT NULL DEFAULT 0,
    "gained_following" INTEGER NOT NULL DEFAULT 0,
    "lost_following" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relationships" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT COLLATE "C" NOT NULL,
    "handle" TEXT NOT NULL,
    "follower_since" TIMESTAMPTZ(3),
    "following_since" TIMESTAMPTZ(3),
    "follower_lost_after" TIMESTAMPTZ(3),
    "follower_lost_before" TIMESTAMPTZ(3),
    "following_lost_after" TIMESTAMPTZ(3),
    "following_lost_before" TIMESTAMPTZ(3),

    CONSTRAINT "relationships_pkey" PRIMARY KEY ("tracked_account_id","handle_key")
);

-- CreateTable
CREATE TABLE "follow_intervals" (
    "tracked_account_id" INTEGER NOT NULL,
    "handle_key" TEXT NOT NULL,
    "direction" SMALLINT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "until_after" TIMESTAMPTZ(3) NOT NULL,
    "until_before" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_intervals_pkey" PRIMARY KEY ("tracked_account_id","handle_key","direction","since")
);

-- CreateTable
CREATE TABLE "daily_stats" (
    "tracked_account_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "followers" INTEGER NOT NULL DEFAULT 0,
    "following" INTEGER NOT NULL DEFAULT 0,
    "gained_followers" INTEGER NOT NULL DEFAULT 0,
    "lost_followers" INTEGER NOT NULL DEFAULT 0,
    "gained_following" INTEGER NOT NULL DEFAULT 0,
    "lost_following" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_stats_pkey" PRIMARY KEY ("tracked_account_id","day")
);

-- CreateTable
CREATE TABLE "account_profiles" (
    "platform" TEXT NOT NULL,
    "handle_key" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "follower_count" INTEGER,
    "following_count" INTEGER,
    "video_count" INTEGER,
    "has_avatar" BOOLEAN,
    "is_private" BOOLEAN,
    "bio_length" INTEGER,
    "account_created_at" TIMESTAMPTZ(3),
    "last_post_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_profiles_pkey" PRIMARY KEY ("platform","handle_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "tracked_accounts_owner_id_platform_handle_key_key" ON "tracked_accounts"("owner_id", "platform", "handle_key");

-- CreateIndex
CREATE INDEX "snapshots_tracked_account_id_taken_at_idx" ON "snapshots"("tracked_account_id", "taken_at");

-- CreateIndex
CREATE UNIQUE INDEX "snapshots_tracked_account_id_content_hash_key" ON "snapshots"("tracked_account_id", "content_hash");

-- CreateIndex
CREATE INDEX "relationships_tracked_account_id_follower_since_idx" ON "relationships"("tracked_account_id", "follower_since") WHERE "follower_since" IS NOT NULL;

-- CreateIndex
CREATE INDEX "relationships_tracked_account_id_following_since_idx" ON "relationships"("tracked_account_id", "following_since") WHERE "following_since" IS NOT NULL;

-- CreateIndex
CREATE INDEX "relationships_tracked_account_id_follower_lost_before_idx" ON "relationships"("tracked_account_id", "follower_lost_before") WHERE "follower_lost_before" IS NOT NULL;

-- AddForeignKey
ALTER TABLE "tracked_accounts" ADD CONSTRAINT "tracked_accounts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_tracked_account_id_fkey" FOREIGN KEY ("tracked_account_id") REFERENCES "tracked_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
