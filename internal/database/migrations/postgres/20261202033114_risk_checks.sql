-- +goose Up
-- create "risk_checks" table
CREATE TABLE "risk_checks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "kind" character varying NOT NULL, "amount" bigint NULL, "currency" character varying NULL, "account_currency" character varying NULL, "party_id" character varying NULL, "counterparty_id" character varying NULL, "party_country" character varying NULL, "counterparty_country" character varying NULL, "email" character varying NULL, "ip" character varying NULL, "device_id" character varying NULL, "risk_score" bigint NOT NULL, "decision" character varying NOT NULL, "reasons" jsonb NOT NULL, "feedback" character varying NULL, "feedback_at" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "risk_checks_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "riskcheck_tenant_id" to table: "risk_checks"
CREATE INDEX "riskcheck_tenant_id" ON "risk_checks" ("tenant_id");
-- create index "riskcheck_tenant_id_environment_device_id" to table: "risk_checks"
CREATE INDEX "riskcheck_tenant_id_environment_device_id" ON "risk_checks" ("tenant_id", "environment", "device_id");
-- create index "riskcheck_tenant_id_environment_email" to table: "risk_checks"
CREATE INDEX "riskcheck_tenant_id_environment_email" ON "risk_checks" ("tenant_id", "environment", "email");
-- create index "riskcheck_tenant_id_environment_ip" to table: "risk_checks"
CREATE INDEX "riskcheck_tenant_id_environment_ip" ON "risk_checks" ("tenant_id", "environment", "ip");
-- create index "riskcheck_tenant_id_environment_party_id_created_at" to table: "risk_checks"
CREATE INDEX "riskcheck_tenant_id_environment_party_id_created_at" ON "risk_checks" ("tenant_id", "environment", "party_id", "created_at");

-- +goose Down
-- reverse: create index "riskcheck_tenant_id_environment_party_id_created_at" to table: "risk_checks"
DROP INDEX "riskcheck_tenant_id_environment_party_id_created_at";
-- reverse: create index "riskcheck_tenant_id_environment_ip" to table: "risk_checks"
DROP INDEX "riskcheck_tenant_id_environment_ip";
-- reverse: create index "riskcheck_tenant_id_environment_email" to table: "risk_checks"
DROP INDEX "riskcheck_tenant_id_environment_email";
-- reverse: create index "riskcheck_tenant_id_environment_device_id" to table: "risk_checks"
DROP INDEX "riskcheck_tenant_id_environment_device_id";
-- reverse: create index "riskcheck_tenant_id" to table: "risk_checks"
DROP INDEX "riskcheck_tenant_id";
-- reverse: create "risk_checks" table
DROP TABLE "risk_checks";
