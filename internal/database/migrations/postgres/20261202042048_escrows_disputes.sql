-- +goose Up
-- create "disputes" table
CREATE TABLE "disputes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "escrow_id" character varying NULL, "check_id" character varying NULL, "reason" character varying NOT NULL, "description" character varying NULL, "status" character varying NOT NULL DEFAULT 'OPEN', "review_started_at" timestamptz NULL, "resolved_at" timestamptz NULL, "resolved_by" character varying NULL, "resolution_note" character varying NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "disputes_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "dispute_escrow_id" to table: "disputes"
CREATE INDEX "dispute_escrow_id" ON "disputes" ("escrow_id");
-- create index "dispute_status_created_at" to table: "disputes"
CREATE INDEX "dispute_status_created_at" ON "disputes" ("status", "created_at");
-- create index "dispute_tenant_id" to table: "disputes"
CREATE INDEX "dispute_tenant_id" ON "disputes" ("tenant_id");
-- create index "dispute_tenant_id_environment_status" to table: "disputes"
CREATE INDEX "dispute_tenant_id_environment_status" ON "disputes" ("tenant_id", "environment", "status");
-- create "escrows" table
CREATE TABLE "escrows" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "amount" bigint NOT NULL, "currency" character varying NOT NULL, "buyer_id" character varying NOT NULL, "seller_id" character varying NOT NULL, "description" character varying NULL, "status" character varying NOT NULL DEFAULT 'INITIATED', "funded_at" timestamptz NULL, "released_at" timestamptz NULL, "refunded_at" timestamptz NULL, "disputed_at" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "escrows_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "escrow_tenant_id" to table: "escrows"
CREATE INDEX "escrow_tenant_id" ON "escrows" ("tenant_id");
-- create index "escrow_tenant_id_environment_created_at" to table: "escrows"
CREATE INDEX "escrow_tenant_id_environment_created_at" ON "escrows" ("tenant_id", "environment", "created_at");
-- create index "escrow_tenant_id_environment_status" to table: "escrows"
CREATE INDEX "escrow_tenant_id_environment_status" ON "escrows" ("tenant_id", "environment", "status");

-- +goose Down
-- reverse: create index "escrow_tenant_id_environment_status" to table: "escrows"
DROP INDEX "escrow_tenant_id_environment_status";
-- reverse: create index "escrow_tenant_id_environment_created_at" to table: "escrows"
DROP INDEX "escrow_tenant_id_environment_created_at";
-- reverse: create index "escrow_tenant_id" to table: "escrows"
DROP INDEX "escrow_tenant_id";
-- reverse: create "escrows" table
DROP TABLE "escrows";
-- reverse: create index "dispute_tenant_id_environment_status" to table: "disputes"
DROP INDEX "dispute_tenant_id_environment_status";
-- reverse: create index "dispute_tenant_id" to table: "disputes"
DROP INDEX "dispute_tenant_id";
-- reverse: create index "dispute_status_created_at" to table: "disputes"
DROP INDEX "dispute_status_created_at";
-- reverse: create index "dispute_escrow_id" to table: "disputes"
DROP INDEX "dispute_escrow_id";
-- reverse: create "disputes" table
DROP TABLE "disputes";
