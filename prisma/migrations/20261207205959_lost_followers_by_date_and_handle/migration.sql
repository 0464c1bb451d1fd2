-- Lost followers are ordered by (date, handle) and all those lost at one snapshot share its date: with the handle in
-- the index the page reads them in order instead of sorting every tie. Partial, like the other date indexes.
DROP INDEX IF EXISTS "relationships_tracked_account_id_follower_lost_before_idx";
CREATE INDEX "relationships_tracked_account_id_follower_lost_before_handl_idx" ON "relationships"("tracked_account_id", "follower_lost_before", "handle_key") WHERE "follower_lost_before" IS NOT NULL;
