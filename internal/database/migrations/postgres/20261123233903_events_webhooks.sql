-- +goose Up
-- create "events" table
CREATE TABLE "events" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "type" character varying NOT NULL, "payload" jsonb NOT NULL, "created_at" timestamptz NOT NULL, "fanned_out_at" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "events_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "event_fanned_out_at" to table: "events"
CREATE INDEX "event_fanned_out_at" ON "events" ("fanned_out_at");
-- create index "event_tenant_id" to table: "events"
CREATE INDEX "event_tenant_id" ON "events" ("tenant_id");
-- create index "event_tenant_id_environment_created_at" to table: "events"
CREATE INDEX "event_tenant_id_environment_created_at" ON "events" ("tenant_id", "environment", "created_at");
-- create "notifications" table
CREATE TABLE "notifications" ("id" character varying NOT NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "body" text NOT NULL, "target_id" character varying NULL, "read_at" timestamptz NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "notifications_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "notification_tenant_id" to table: "notifications"
CREATE INDEX "notification_tenant_id" ON "notifications" ("tenant_id");
-- create "webhook_endpoints" table
CREATE TABLE "webhook_endpoints" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "url" character varying NOT NULL, "description" character varying NULL, "event_types" jsonb NULL, "status" character varying NOT NULL DEFAULT 'ENABLED', "disabled_reason" character varying NULL, "secret_ciphertext" bytea NOT NULL, "previous_secret_ciphertext" bytea NULL, "previous_secret_expires_at" timestamptz NULL, "failing_since" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_endpoints_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "webhookendpoint_tenant_id" to table: "webhook_endpoints"
CREATE INDEX "webhookendpoint_tenant_id" ON "webhook_endpoints" ("tenant_id");
-- create "webhook_deliveries" table
CREATE TABLE "webhook_deliveries" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "event_id" character varying NOT NULL, "event_type" character varying NOT NULL, "attempt" bigint NOT NULL, "trigger" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "scheduled_at" timestamptz NOT NULL, "lease_until" timestamptz NULL, "attempted_at" timestamptz NULL, "request_headers" jsonb NULL, "request_body" text NULL, "response_status" bigint NULL, "response_excerpt" character varying NULL, "duration_ms" bigint NULL, "error_message" character varying NULL, "next_retry_at" timestamptz NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, "endpoint_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_deliveries_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "webhook_deliveries_webhook_endpoints_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "webhookdelivery_endpoint_id_created_at" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_endpoint_id_created_at" ON "webhook_deliveries" ("endpoint_id", "created_at");
-- create index "webhookdelivery_event_id" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_event_id" ON "webhook_deliveries" ("event_id");
-- create index "webhookdelivery_status_scheduled_at" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_status_scheduled_at" ON "webhook_deliveries" ("status", "scheduled_at");
-- create index "webhookdelivery_tenant_id" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_tenant_id" ON "webhook_deliveries" ("tenant_id");

-- +goose Down
-- reverse: create index "webhookdelivery_tenant_id" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_tenant_id";
-- reverse: create index "webhookdelivery_status_scheduled_at" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_status_scheduled_at";
-- reverse: create index "webhookdelivery_event_id" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_event_id";
-- reverse: create index "webhookdelivery_endpoint_id_created_at" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_endpoint_id_created_at";
-- reverse: create "webhook_deliveries" table
DROP TABLE "webhook_deliveries";
-- reverse: create index "webhookendpoint_tenant_id" to table: "webhook_endpoints"
DROP INDEX "webhookendpoint_tenant_id";
-- reverse: create "webhook_endpoints" table
DROP TABLE "webhook_endpoints";
-- reverse: create index "notification_tenant_id" to table: "notifications"
DROP INDEX "notification_tenant_id";
-- reverse: create "notifications" table
DROP TABLE "notifications";
-- reverse: create index "event_tenant_id_environment_created_at" to table: "events"
DROP INDEX "event_tenant_id_environment_created_at";
-- reverse: create index "event_tenant_id" to table: "events"
DROP INDEX "event_tenant_id";
-- reverse: create index "event_fanned_out_at" to table: "events"
DROP INDEX "event_fanned_out_at";
-- reverse: create "events" table
DROP TABLE "events";
