-- AlterTable
ALTER TABLE "follow_events" ADD COLUMN     "resolution" TEXT NOT NULL DEFAULT 'pending',
ADD COLUMN     "resolved_by_snapshot_id" INTEGER;

-- CreateTable
CREATE TABLE "anomalies" (
    "id" SERIAL NOT NULL,
    "tracked_account_id" INTEGER,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "account_count" INTEGER NOT NULL,
    "evidence" JSONB NOT NULL,
    "snapshot_ids" INTEGER[],
    "assignee_id" INTEGER,
    "reported_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "anomalies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "anomaly_accounts" (
    "anomaly_id" INTEGER NOT NULL,
    "handle_key" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "anomaly_accounts_pkey" PRIMARY KEY ("anomaly_id","handle_key")
);

-- CreateTable
CREATE TABLE "anomaly_events" (
    "id" SERIAL NOT NULL,
    "anomaly_id" INTEGER NOT NULL,
    "actor_id" INTEGER,
    "type" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT,
    "assignee_id" INTEGER,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "anomaly_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhooks" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" SERIAL NOT NULL,
    "webhook_id" INTEGER NOT NULL,
    "anomaly_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "response_status" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "anomalies_key_key" ON "anomalies"("key");

-- CreateIndex
CREATE INDEX "anomalies_tracked_account_id_window_end_idx" ON "anomalies"("tracked_account_id", "window_end");

-- CreateIndex
CREATE INDEX "anomalies_status_window_end_idx" ON "anomalies"("status", "window_end");

-- CreateIndex
CREATE INDEX "anomalies_kind_window_end_idx" ON "anomalies"("kind", "window_end");

-- CreateIndex
CREATE INDEX "anomaly_events_anomaly_id_id_idx" ON "anomaly_events"("anomaly_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_user_id_key" ON "webhooks"("user_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_anomaly_id_key" ON "webhook_deliveries"("webhook_id", "anomaly_id");

-- AddForeignKey
ALTER TABLE "anomalies" ADD CONSTRAINT "anomalies_tracked_account_id_fkey" FOREIGN KEY ("tracked_account_id") REFERENCES "tracked_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomalies" ADD CONSTRAINT "anomalies_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly_accounts" ADD CONSTRAINT "anomaly_accounts_anomaly_id_fkey" FOREIGN KEY ("anomaly_id") REFERENCES "anomalies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly_events" ADD CONSTRAINT "anomaly_events_anomaly_id_fkey" FOREIGN KEY ("anomaly_id") REFERENCES "anomalies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anomaly_events" ADD CONSTRAINT "anomaly_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_anomaly_id_fkey" FOREIGN KEY ("anomaly_id") REFERENCES "anomalies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is append only. A direct UPDATE or DELETE is refused. What a foreign key does on its own
-- (the anomaly deleted with its tracked account, an actor's user deleted) runs one trigger level deeper and passes.
CREATE FUNCTION anomaly_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'anomaly_events is append only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER anomaly_events_append_only BEFORE UPDATE OR DELETE ON anomaly_events
FOR EACH ROW EXECUTE FUNCTION anomaly_events_append_only();
