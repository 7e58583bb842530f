-- +goose Up
-- create "audit_logs" table
CREATE TABLE "audit_logs" ("id" character varying NOT NULL, "tenant_id" character varying NULL, "actor_id" character varying NULL, "actor_type" character varying NOT NULL, "action" character varying NOT NULL, "target_type" character varying NULL, "target_id" character varying NULL, "ip" character varying NULL, "user_agent" character varying NULL, "metadata" jsonb NULL, "created_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- create index "auditlog_tenant_id_action" to table: "audit_logs"
CREATE INDEX "auditlog_tenant_id_action" ON "audit_logs" ("tenant_id", "action");
-- create index "auditlog_tenant_id_created_at" to table: "audit_logs"
CREATE INDEX "auditlog_tenant_id_created_at" ON "audit_logs" ("tenant_id", "created_at");
-- create "refresh_tokens" table
CREATE TABLE "refresh_tokens" ("id" character varying NOT NULL, "user_id" character varying NOT NULL, "tenant_id" character varying NULL, "token_hash" character varying NOT NULL, "family_id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, "used_at" timestamptz NULL, "revoked_at" timestamptz NULL, "ip" character varying NULL, "user_agent" character varying NULL, PRIMARY KEY ("id"));
-- create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" ("token_hash");
-- create index "refreshtoken_family_id" to table: "refresh_tokens"
CREATE INDEX "refreshtoken_family_id" ON "refresh_tokens" ("family_id");
-- create index "refreshtoken_user_id" to table: "refresh_tokens"
CREATE INDEX "refreshtoken_user_id" ON "refresh_tokens" ("user_id");
-- create "tenants" table
CREATE TABLE "tenants" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "slug" character varying NOT NULL, "industry" character varying NOT NULL, "terms_version" character varying NULL, "terms_accepted_at" timestamptz NULL, "terms_accepted_by" character varying NULL, "kyc_status" character varying NOT NULL DEFAULT 'NOT_STARTED', "kyc_legal_name" character varying NULL, "kyc_registration_number" character varying NULL, "kyc_country" character varying NULL, "kyc_address" character varying NULL, "kyc_contact_name" character varying NULL, "kyc_contact_email" character varying NULL, "kyc_submitted_at" timestamptz NULL, "kyc_reviewed_at" timestamptz NULL, "kyc_review_reason" character varying NULL, PRIMARY KEY ("id"));
-- create index "tenants_slug_key" to table: "tenants"
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants" ("slug");
-- create "users" table
CREATE TABLE "users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "name" character varying NOT NULL, "password_hash" character varying NOT NULL, "staff_role" character varying NULL, "last_login_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX "users_email_key" ON "users" ("email");
-- create "memberships" table
CREATE TABLE "memberships" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "role" character varying NOT NULL, "user_id" character varying NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "memberships_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "memberships_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "membership_tenant_id" to table: "memberships"
CREATE INDEX "membership_tenant_id" ON "memberships" ("tenant_id");
-- create index "membership_user_id_tenant_id" to table: "memberships"
CREATE UNIQUE INDEX "membership_user_id_tenant_id" ON "memberships" ("user_id", "tenant_id");

-- +goose Down
-- reverse: create index "membership_user_id_tenant_id" to table: "memberships"
DROP INDEX "membership_user_id_tenant_id";
-- reverse: create index "membership_tenant_id" to table: "memberships"
DROP INDEX "membership_tenant_id";
-- reverse: create "memberships" table
DROP TABLE "memberships";
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX "users_email_key";
-- reverse: create "users" table
DROP TABLE "users";
-- reverse: create index "tenants_slug_key" to table: "tenants"
DROP INDEX "tenants_slug_key";
-- reverse: create "tenants" table
DROP TABLE "tenants";
-- reverse: create index "refreshtoken_user_id" to table: "refresh_tokens"
DROP INDEX "refreshtoken_user_id";
-- reverse: create index "refreshtoken_family_id" to table: "refresh_tokens"
DROP INDEX "refreshtoken_family_id";
-- reverse: create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
DROP INDEX "refresh_tokens_token_hash_key";
-- reverse: create "refresh_tokens" table
DROP TABLE "refresh_tokens";
-- reverse: create index "auditlog_tenant_id_created_at" to table: "audit_logs"
DROP INDEX "auditlog_tenant_id_created_at";
-- reverse: create index "auditlog_tenant_id_action" to table: "audit_logs"
DROP INDEX "auditlog_tenant_id_action";
-- reverse: create "audit_logs" table
DROP TABLE "audit_logs";
