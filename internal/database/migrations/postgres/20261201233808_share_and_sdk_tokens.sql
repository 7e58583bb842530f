-- +goose Up
-- create "sdk_tokens" table
CREATE TABLE "sdk_tokens" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "application_id" character varying NOT NULL, "key_id" character varying NOT NULL, "token_hash" character varying NOT NULL, "prefix" character varying NOT NULL, "external_user_id" character varying NOT NULL, "email" character varying NULL, "flow_name" character varying NOT NULL, "redirect_url" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "used_at" timestamptz NULL, "case_id" character varying NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "sdk_tokens_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "sdk_tokens_token_hash_key" to table: "sdk_tokens"
CREATE UNIQUE INDEX "sdk_tokens_token_hash_key" ON "sdk_tokens" ("token_hash");
-- create index "sdktoken_tenant_id" to table: "sdk_tokens"
CREATE INDEX "sdktoken_tenant_id" ON "sdk_tokens" ("tenant_id");
-- create index "sdktoken_tenant_id_environment" to table: "sdk_tokens"
CREATE INDEX "sdktoken_tenant_id_environment" ON "sdk_tokens" ("tenant_id", "environment");
-- create "share_tokens" table
CREATE TABLE "share_tokens" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "environment" character varying NOT NULL, "token_hash" character varying NOT NULL, "prefix" character varying NOT NULL, "fields" jsonb NOT NULL, "max_uses" bigint NOT NULL, "uses" bigint NOT NULL DEFAULT 0, "expires_at" timestamptz NOT NULL, "revoked_at" timestamptz NULL, "last_used_at" timestamptz NULL, "created_by" character varying NULL, "tenant_id" character varying NOT NULL, "case_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "share_tokens_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "share_tokens_verification_cases_case" FOREIGN KEY ("case_id") REFERENCES "verification_cases" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "share_tokens_token_hash_key" to table: "share_tokens"
CREATE UNIQUE INDEX "share_tokens_token_hash_key" ON "share_tokens" ("token_hash");
-- create index "sharetoken_case_id" to table: "share_tokens"
CREATE INDEX "sharetoken_case_id" ON "share_tokens" ("case_id");
-- create index "sharetoken_tenant_id" to table: "share_tokens"
CREATE INDEX "sharetoken_tenant_id" ON "share_tokens" ("tenant_id");
-- create index "sharetoken_tenant_id_environment_id" to table: "share_tokens"
CREATE INDEX "sharetoken_tenant_id_environment_id" ON "share_tokens" ("tenant_id", "environment", "id");
-- create "share_attempts" table
CREATE TABLE "share_attempts" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "outcome" character varying NOT NULL, "ip" character varying NULL, "domain" character varying NULL, "user_agent" character varying NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, "share_token_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "share_attempts_share_tokens_share_token" FOREIGN KEY ("share_token_id") REFERENCES "share_tokens" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "share_attempts_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "shareattempt_share_token_id_created_at" to table: "share_attempts"
CREATE INDEX "shareattempt_share_token_id_created_at" ON "share_attempts" ("share_token_id", "created_at");
-- create index "shareattempt_tenant_id" to table: "share_attempts"
CREATE INDEX "shareattempt_tenant_id" ON "share_attempts" ("tenant_id");

-- +goose Down
-- reverse: create index "shareattempt_tenant_id" to table: "share_attempts"
DROP INDEX "shareattempt_tenant_id";
-- reverse: create index "shareattempt_share_token_id_created_at" to table: "share_attempts"
DROP INDEX "shareattempt_share_token_id_created_at";
-- reverse: create "share_attempts" table
DROP TABLE "share_attempts";
-- reverse: create index "sharetoken_tenant_id_environment_id" to table: "share_tokens"
DROP INDEX "sharetoken_tenant_id_environment_id";
-- reverse: create index "sharetoken_tenant_id" to table: "share_tokens"
DROP INDEX "sharetoken_tenant_id";
-- reverse: create index "sharetoken_case_id" to table: "share_tokens"
DROP INDEX "sharetoken_case_id";
-- reverse: create index "share_tokens_token_hash_key" to table: "share_tokens"
DROP INDEX "share_tokens_token_hash_key";
-- reverse: create "share_tokens" table
DROP TABLE "share_tokens";
-- reverse: create index "sdktoken_tenant_id_environment" to table: "sdk_tokens"
DROP INDEX "sdktoken_tenant_id_environment";
-- reverse: create index "sdktoken_tenant_id" to table: "sdk_tokens"
DROP INDEX "sdktoken_tenant_id";
-- reverse: create index "sdk_tokens_token_hash_key" to table: "sdk_tokens"
DROP INDEX "sdk_tokens_token_hash_key";
-- reverse: create "sdk_tokens" table
DROP TABLE "sdk_tokens";
