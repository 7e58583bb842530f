-- +goose Up
-- create "applications" table
CREATE TABLE "applications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "description" character varying NULL, "industry" character varying NOT NULL, "regulatory_category" character varying NULL, "callback_urls" jsonb NULL, "ip_allowlist" jsonb NULL, "expected_monthly_volume" bigint NOT NULL DEFAULT 0, "required_modules" jsonb NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "review_reason" character varying NULL, "reviewed_at" timestamptz NULL, "archived_at" timestamptz NULL, "is_default" boolean NOT NULL DEFAULT false, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "applications_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "application_tenant_id" to table: "applications"
CREATE INDEX "application_tenant_id" ON "applications" ("tenant_id");
-- create "api_keys" table
CREATE TABLE "api_keys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "key_hash" character varying NOT NULL, "prefix" character varying NOT NULL, "last4" character varying NOT NULL, "scopes" jsonb NOT NULL, "ip_allowlist" jsonb NULL, "allowed_origins" jsonb NULL, "currency_type" character varying NOT NULL DEFAULT 'FIAT', "expires_at" timestamptz NULL, "rate_limit_per_minute" bigint NOT NULL, "rotation_due_at" timestamptz NOT NULL, "last_used_at" timestamptz NULL, "last_used_ip" character varying NULL, "revoked_at" timestamptz NULL, "revoked_reason" character varying NULL, "rotated_from" character varying NULL, "rotated_to" character varying NULL, "grace_until" timestamptz NULL, "created_by" character varying NULL, "tenant_id" character varying NOT NULL, "application_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "api_keys_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "api_keys_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "api_keys_key_hash_key" to table: "api_keys"
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys" ("key_hash");
-- create index "apikey_tenant_id" to table: "api_keys"
CREATE INDEX "apikey_tenant_id" ON "api_keys" ("tenant_id");
-- create index "apikey_tenant_id_environment" to table: "api_keys"
CREATE INDEX "apikey_tenant_id_environment" ON "api_keys" ("tenant_id", "environment");

-- +goose Down
-- reverse: create index "apikey_tenant_id_environment" to table: "api_keys"
DROP INDEX "apikey_tenant_id_environment";
-- reverse: create index "apikey_tenant_id" to table: "api_keys"
DROP INDEX "apikey_tenant_id";
-- reverse: create index "api_keys_key_hash_key" to table: "api_keys"
DROP INDEX "api_keys_key_hash_key";
-- reverse: create "api_keys" table
DROP TABLE "api_keys";
-- reverse: create index "application_tenant_id" to table: "applications"
DROP INDEX "application_tenant_id";
-- reverse: create "applications" table
DROP TABLE "applications";
