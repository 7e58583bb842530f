-- +goose Up
-- create "fraud_checks" table
CREATE TABLE "fraud_checks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "email" character varying NULL, "email_domain" character varying NULL, "ip" character varying NULL, "device_id" character varying NULL, "party_id" character varying NULL, "score" bigint NOT NULL, "decision" character varying NOT NULL, "reasons" jsonb NOT NULL, "feedback" character varying NULL, "feedback_at" timestamptz NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fraud_checks_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "fraudcheck_tenant_id" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id" ON "fraud_checks" ("tenant_id");
-- create index "fraudcheck_tenant_id_environment_created_at" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id_environment_created_at" ON "fraud_checks" ("tenant_id", "environment", "created_at");
-- create index "fraudcheck_tenant_id_environment_device_id_created_at" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id_environment_device_id_created_at" ON "fraud_checks" ("tenant_id", "environment", "device_id", "created_at");
-- create index "fraudcheck_tenant_id_environment_email_created_at" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id_environment_email_created_at" ON "fraud_checks" ("tenant_id", "environment", "email", "created_at");
-- create index "fraudcheck_tenant_id_environment_ip_created_at" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id_environment_ip_created_at" ON "fraud_checks" ("tenant_id", "environment", "ip", "created_at");
-- create index "fraudcheck_tenant_id_environment_party_id_created_at" to table: "fraud_checks"
CREATE INDEX "fraudcheck_tenant_id_environment_party_id_created_at" ON "fraud_checks" ("tenant_id", "environment", "party_id", "created_at");
-- create "fraud_feedbacks" table
CREATE TABLE "fraud_feedbacks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "check_id" character varying NOT NULL, "outcome" character varying NOT NULL, "note" character varying NULL, "email" character varying NULL, "ip" character varying NULL, "device_id" character varying NULL, "party_id" character varying NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fraud_feedbacks_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "fraudfeedback_tenant_id" to table: "fraud_feedbacks"
CREATE INDEX "fraudfeedback_tenant_id" ON "fraud_feedbacks" ("tenant_id");
-- create index "fraudfeedback_tenant_id_environment_check_id" to table: "fraud_feedbacks"
CREATE UNIQUE INDEX "fraudfeedback_tenant_id_environment_check_id" ON "fraud_feedbacks" ("tenant_id", "environment", "check_id");
-- create index "fraudfeedback_tenant_id_environment_device_id" to table: "fraud_feedbacks"
CREATE INDEX "fraudfeedback_tenant_id_environment_device_id" ON "fraud_feedbacks" ("tenant_id", "environment", "device_id");
-- create index "fraudfeedback_tenant_id_environment_email" to table: "fraud_feedbacks"
CREATE INDEX "fraudfeedback_tenant_id_environment_email" ON "fraud_feedbacks" ("tenant_id", "environment", "email");
-- create index "fraudfeedback_tenant_id_environment_ip" to table: "fraud_feedbacks"
CREATE INDEX "fraudfeedback_tenant_id_environment_ip" ON "fraud_feedbacks" ("tenant_id", "environment", "ip");
-- create index "fraudfeedback_tenant_id_environment_party_id" to table: "fraud_feedbacks"
CREATE INDEX "fraudfeedback_tenant_id_environment_party_id" ON "fraud_feedbacks" ("tenant_id", "environment", "party_id");
-- create "user_verifications" table
CREATE TABLE "user_verifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "reference" character varying NULL, "email" character varying NOT NULL, "phone" character varying NOT NULL, "name" character varying NOT NULL, "country" character varying NOT NULL, "role" character varying NULL, "status" character varying NOT NULL, "level" character varying NULL, "checks" jsonb NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "user_verifications_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "userverification_tenant_id" to table: "user_verifications"
CREATE INDEX "userverification_tenant_id" ON "user_verifications" ("tenant_id");
-- create index "userverification_tenant_id_environment_created_at" to table: "user_verifications"
CREATE INDEX "userverification_tenant_id_environment_created_at" ON "user_verifications" ("tenant_id", "environment", "created_at");

-- +goose Down
-- reverse: create index "userverification_tenant_id_environment_created_at" to table: "user_verifications"
DROP INDEX "userverification_tenant_id_environment_created_at";
-- reverse: create index "userverification_tenant_id" to table: "user_verifications"
DROP INDEX "userverification_tenant_id";
-- reverse: create "user_verifications" table
DROP TABLE "user_verifications";
-- reverse: create index "fraudfeedback_tenant_id_environment_party_id" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id_environment_party_id";
-- reverse: create index "fraudfeedback_tenant_id_environment_ip" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id_environment_ip";
-- reverse: create index "fraudfeedback_tenant_id_environment_email" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id_environment_email";
-- reverse: create index "fraudfeedback_tenant_id_environment_device_id" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id_environment_device_id";
-- reverse: create index "fraudfeedback_tenant_id_environment_check_id" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id_environment_check_id";
-- reverse: create index "fraudfeedback_tenant_id" to table: "fraud_feedbacks"
DROP INDEX "fraudfeedback_tenant_id";
-- reverse: create "fraud_feedbacks" table
DROP TABLE "fraud_feedbacks";
-- reverse: create index "fraudcheck_tenant_id_environment_party_id_created_at" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id_environment_party_id_created_at";
-- reverse: create index "fraudcheck_tenant_id_environment_ip_created_at" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id_environment_ip_created_at";
-- reverse: create index "fraudcheck_tenant_id_environment_email_created_at" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id_environment_email_created_at";
-- reverse: create index "fraudcheck_tenant_id_environment_device_id_created_at" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id_environment_device_id_created_at";
-- reverse: create index "fraudcheck_tenant_id_environment_created_at" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id_environment_created_at";
-- reverse: create index "fraudcheck_tenant_id" to table: "fraud_checks"
DROP INDEX "fraudcheck_tenant_id";
-- reverse: create "fraud_checks" table
DROP TABLE "fraud_checks";
