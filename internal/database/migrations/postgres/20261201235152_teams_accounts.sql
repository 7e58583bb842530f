-- +goose Up
-- modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" ADD COLUMN "family_created_at" timestamptz NULL;
-- modify "tenants" table
ALTER TABLE "tenants" ADD COLUMN "terms_industry" character varying NULL, ADD COLUMN "require_mfa" boolean NOT NULL DEFAULT false;
-- create "recovery_codes" table
CREATE TABLE "recovery_codes" ("id" character varying NOT NULL, "user_id" character varying NOT NULL, "code_hash" character varying NOT NULL, "created_at" timestamptz NOT NULL, "used_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "recoverycode_user_id_code_hash" to table: "recovery_codes"
CREATE UNIQUE INDEX "recoverycode_user_id_code_hash" ON "recovery_codes" ("user_id", "code_hash");
-- create "user_tokens" table
CREATE TABLE "user_tokens" ("id" character varying NOT NULL, "user_id" character varying NOT NULL, "purpose" character varying NOT NULL, "token_hash" character varying NOT NULL, "new_email" character varying NULL, "created_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, "used_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "user_tokens_token_hash_key" to table: "user_tokens"
CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens" ("token_hash");
-- create index "usertoken_user_id_purpose" to table: "user_tokens"
CREATE INDEX "usertoken_user_id_purpose" ON "user_tokens" ("user_id", "purpose");
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "mfa_secret" character varying NULL, ADD COLUMN "mfa_pending_secret" character varying NULL, ADD COLUMN "mfa_enabled_at" timestamptz NULL, ADD COLUMN "mfa_last_step" bigint NULL, ADD COLUMN "password_changed_at" timestamptz NULL;
-- create "invitations" table
CREATE TABLE "invitations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "role" character varying NOT NULL, "token_hash" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "accepted_at" timestamptz NULL, "accepted_by_id" character varying NULL, "revoked_at" timestamptz NULL, "tenant_id" character varying NOT NULL, "invited_by_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "invitations_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "invitations_users_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "invitation_tenant_id" to table: "invitations"
CREATE INDEX "invitation_tenant_id" ON "invitations" ("tenant_id");
-- create index "invitation_tenant_id_email" to table: "invitations"
CREATE INDEX "invitation_tenant_id_email" ON "invitations" ("tenant_id", "email");
-- create index "invitations_token_hash_key" to table: "invitations"
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash");

-- +goose Down
-- reverse: create index "invitations_token_hash_key" to table: "invitations"
DROP INDEX "invitations_token_hash_key";
-- reverse: create index "invitation_tenant_id_email" to table: "invitations"
DROP INDEX "invitation_tenant_id_email";
-- reverse: create index "invitation_tenant_id" to table: "invitations"
DROP INDEX "invitation_tenant_id";
-- reverse: create "invitations" table
DROP TABLE "invitations";
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "password_changed_at", DROP COLUMN "mfa_last_step", DROP COLUMN "mfa_enabled_at", DROP COLUMN "mfa_pending_secret", DROP COLUMN "mfa_secret";
-- reverse: create index "usertoken_user_id_purpose" to table: "user_tokens"
DROP INDEX "usertoken_user_id_purpose";
-- reverse: create index "user_tokens_token_hash_key" to table: "user_tokens"
DROP INDEX "user_tokens_token_hash_key";
-- reverse: create "user_tokens" table
DROP TABLE "user_tokens";
-- reverse: create index "recoverycode_user_id_code_hash" to table: "recovery_codes"
DROP INDEX "recoverycode_user_id_code_hash";
-- reverse: create "recovery_codes" table
DROP TABLE "recovery_codes";
-- reverse: modify "tenants" table
ALTER TABLE "tenants" DROP COLUMN "require_mfa", DROP COLUMN "terms_industry";
-- reverse: modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" DROP COLUMN "family_created_at";
