-- +goose Up
-- modify "documents" table
ALTER TABLE "documents" ADD COLUMN "rfi_item_id" character varying NULL;
-- modify "reports" table
ALTER TABLE "reports" ADD COLUMN "dispute_reason" character varying NULL, ADD COLUMN "controls" jsonb NULL, ADD COLUMN "valid_for_seconds" bigint NULL, ADD COLUMN "canonical" text NULL, ADD COLUMN "digest" character varying NULL, ADD COLUMN "signature" character varying NULL, ADD COLUMN "key_id" character varying NULL, ADD COLUMN "signed_by" character varying NULL, ADD COLUMN "published_at" timestamptz NULL, ADD COLUMN "revoked_at" timestamptz NULL, ADD COLUMN "revoke_reason" character varying NULL, ADD COLUMN "expiring_notified_at" timestamptz NULL;
-- create index "report_lifecycle_status_valid_until" to table: "reports"
CREATE INDEX "report_lifecycle_status_valid_until" ON "reports" ("lifecycle_status", "valid_until");
-- modify "webhook_endpoints" table
ALTER TABLE "webhook_endpoints" ADD COLUMN "deleted_at" timestamptz NULL;
-- create "signing_keys" table
CREATE TABLE "signing_keys" ("id" character varying NOT NULL, "kid" character varying NOT NULL, "public_key" bytea NOT NULL, "created_at" timestamptz NOT NULL, "retired_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "signing_keys_kid_key" to table: "signing_keys"
CREATE UNIQUE INDEX "signing_keys_kid_key" ON "signing_keys" ("kid");
-- modify "verification_cases" table
ALTER TABLE "verification_cases" ADD COLUMN "decline_reason" character varying NULL, ADD COLUMN "approved_by" character varying NULL, ADD COLUMN "sim_next_at" timestamptz NULL;
-- create index "verificationcase_sim_next_at" to table: "verification_cases"
CREATE INDEX "verificationcase_sim_next_at" ON "verification_cases" ("sim_next_at");
-- create "case_events" table
CREATE TABLE "case_events" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "action" character varying NOT NULL, "from_status" character varying NULL, "to_status" character varying NULL, "actor_type" character varying NOT NULL, "actor_id" character varying NULL, "reason" character varying NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, "case_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "case_events_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "case_events_verification_cases_case" FOREIGN KEY ("case_id") REFERENCES "verification_cases" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "caseevent_case_id_created_at" to table: "case_events"
CREATE INDEX "caseevent_case_id_created_at" ON "case_events" ("case_id", "created_at");
-- create index "caseevent_tenant_id" to table: "case_events"
CREATE INDEX "caseevent_tenant_id" ON "case_events" ("tenant_id");
-- create "rfi_items" table
CREATE TABLE "rfi_items" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "kind" character varying NOT NULL, "document_kind" character varying NULL, "message" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'OPEN', "answer" text NULL, "document_id" character varying NULL, "answered_at" timestamptz NULL, "tenant_id" character varying NOT NULL, "case_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "rfi_items_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "rfi_items_verification_cases_case" FOREIGN KEY ("case_id") REFERENCES "verification_cases" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "rfiitem_case_id_status" to table: "rfi_items"
CREATE INDEX "rfiitem_case_id_status" ON "rfi_items" ("case_id", "status");
-- create index "rfiitem_tenant_id" to table: "rfi_items"
CREATE INDEX "rfiitem_tenant_id" ON "rfi_items" ("tenant_id");

-- +goose Down
-- reverse: create index "rfiitem_tenant_id" to table: "rfi_items"
DROP INDEX "rfiitem_tenant_id";
-- reverse: create index "rfiitem_case_id_status" to table: "rfi_items"
DROP INDEX "rfiitem_case_id_status";
-- reverse: create "rfi_items" table
DROP TABLE "rfi_items";
-- reverse: create index "caseevent_tenant_id" to table: "case_events"
DROP INDEX "caseevent_tenant_id";
-- reverse: create index "caseevent_case_id_created_at" to table: "case_events"
DROP INDEX "caseevent_case_id_created_at";
-- reverse: create "case_events" table
DROP TABLE "case_events";
-- reverse: create index "verificationcase_sim_next_at" to table: "verification_cases"
DROP INDEX "verificationcase_sim_next_at";
-- reverse: modify "verification_cases" table
ALTER TABLE "verification_cases" DROP COLUMN "sim_next_at", DROP COLUMN "approved_by", DROP COLUMN "decline_reason";
-- reverse: create index "signing_keys_kid_key" to table: "signing_keys"
DROP INDEX "signing_keys_kid_key";
-- reverse: create "signing_keys" table
DROP TABLE "signing_keys";
-- reverse: modify "webhook_endpoints" table
ALTER TABLE "webhook_endpoints" DROP COLUMN "deleted_at";
-- reverse: create index "report_lifecycle_status_valid_until" to table: "reports"
DROP INDEX "report_lifecycle_status_valid_until";
-- reverse: modify "reports" table
ALTER TABLE "reports" DROP COLUMN "expiring_notified_at", DROP COLUMN "revoke_reason", DROP COLUMN "revoked_at", DROP COLUMN "published_at", DROP COLUMN "signed_by", DROP COLUMN "key_id", DROP COLUMN "signature", DROP COLUMN "digest", DROP COLUMN "canonical", DROP COLUMN "valid_for_seconds", DROP COLUMN "controls", DROP COLUMN "dispute_reason";
-- reverse: modify "documents" table
ALTER TABLE "documents" DROP COLUMN "rfi_item_id";
