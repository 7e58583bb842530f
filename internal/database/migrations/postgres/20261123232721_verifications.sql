-- +goose Up
-- create "verification_cases" table
CREATE TABLE "verification_cases" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "verification_id" character varying NOT NULL, "supplier_name" character varying NOT NULL, "country_code" character varying NOT NULL, "tier" character varying NOT NULL, "package" character varying NOT NULL, "contact_email" character varying NOT NULL, "client_reference" character varying NULL, "status" character varying NOT NULL DEFAULT 'SUBMITTED', "trust_score" bigint NULL, "risk_band" character varying NULL, "created_via" character varying NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "verification_cases_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "verification_cases_verification_id_key" to table: "verification_cases"
CREATE UNIQUE INDEX "verification_cases_verification_id_key" ON "verification_cases" ("verification_id");
-- create index "verificationcase_tenant_id" to table: "verification_cases"
CREATE INDEX "verificationcase_tenant_id" ON "verification_cases" ("tenant_id");
-- create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
CREATE INDEX "verificationcase_tenant_id_environment_id" ON "verification_cases" ("tenant_id", "environment", "id");
-- create "documents" table
CREATE TABLE "documents" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "kind" character varying NOT NULL, "filename" character varying NOT NULL, "storage_path" character varying NOT NULL, "sha256" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'RECEIVED', "tenant_id" character varying NOT NULL, "case_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "documents_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "documents_verification_cases_case" FOREIGN KEY ("case_id") REFERENCES "verification_cases" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "document_tenant_id" to table: "documents"
CREATE INDEX "document_tenant_id" ON "documents" ("tenant_id");
-- create "reports" table
CREATE TABLE "reports" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "lifecycle_status" character varying NOT NULL DEFAULT 'APPROVED', "signed_at" timestamptz NULL, "valid_until" timestamptz NULL, "verify_url" character varying NULL, "pdf_url" character varying NULL, "trust_score" bigint NULL, "risk_band" character varying NULL, "demo" boolean NOT NULL DEFAULT false, "disputed" boolean NOT NULL DEFAULT false, "tenant_id" character varying NOT NULL, "case_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "reports_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "reports_verification_cases_report" FOREIGN KEY ("case_id") REFERENCES "verification_cases" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "report_tenant_id" to table: "reports"
CREATE INDEX "report_tenant_id" ON "reports" ("tenant_id");
-- create index "reports_case_id_key" to table: "reports"
CREATE UNIQUE INDEX "reports_case_id_key" ON "reports" ("case_id");

-- +goose Down
-- reverse: create index "reports_case_id_key" to table: "reports"
DROP INDEX "reports_case_id_key";
-- reverse: create index "report_tenant_id" to table: "reports"
DROP INDEX "report_tenant_id";
-- reverse: create "reports" table
DROP TABLE "reports";
-- reverse: create index "document_tenant_id" to table: "documents"
DROP INDEX "document_tenant_id";
-- reverse: create "documents" table
DROP TABLE "documents";
-- reverse: create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
DROP INDEX "verificationcase_tenant_id_environment_id";
-- reverse: create index "verificationcase_tenant_id" to table: "verification_cases"
DROP INDEX "verificationcase_tenant_id";
-- reverse: create index "verification_cases_verification_id_key" to table: "verification_cases"
DROP INDEX "verification_cases_verification_id_key";
-- reverse: create "verification_cases" table
DROP TABLE "verification_cases";
