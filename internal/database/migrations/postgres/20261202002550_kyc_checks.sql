-- +goose Up
-- create "kyc_checks" table
CREATE TABLE "kyc_checks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "first_name" character varying NOT NULL, "last_name" character varying NOT NULL, "date_of_birth" character varying NOT NULL, "country" character varying NOT NULL, "document_type" character varying NOT NULL, "document_last4" character varying NOT NULL, "status" character varying NOT NULL, "checks" jsonb NOT NULL, "decided_at" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "kyc_checks_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "kyccheck_tenant_id" to table: "kyc_checks"
CREATE INDEX "kyccheck_tenant_id" ON "kyc_checks" ("tenant_id");
-- create index "kyccheck_tenant_id_environment_created_at" to table: "kyc_checks"
CREATE INDEX "kyccheck_tenant_id_environment_created_at" ON "kyc_checks" ("tenant_id", "environment", "created_at");

-- +goose Down
-- reverse: create index "kyccheck_tenant_id_environment_created_at" to table: "kyc_checks"
DROP INDEX "kyccheck_tenant_id_environment_created_at";
-- reverse: create index "kyccheck_tenant_id" to table: "kyc_checks"
DROP INDEX "kyccheck_tenant_id";
-- reverse: create "kyc_checks" table
DROP TABLE "kyc_checks";
