-- +goose Up
-- create "idempotency_keys" table
CREATE TABLE "idempotency_keys" ("id" character varying NOT NULL, "tenant_id" character varying NOT NULL, "environment" character varying NOT NULL, "key" character varying NOT NULL, "request_hash" character varying NOT NULL, "response_status" bigint NULL, "response_content_type" character varying NULL, "response_body" bytea NULL, "created_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, PRIMARY KEY ("id"));
-- create index "idempotencykey_expires_at" to table: "idempotency_keys"
CREATE INDEX "idempotencykey_expires_at" ON "idempotency_keys" ("expires_at");
-- create index "idempotencykey_tenant_id_environment_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX "idempotencykey_tenant_id_environment_key" ON "idempotency_keys" ("tenant_id", "environment", "key");

-- +goose Down
-- reverse: create index "idempotencykey_tenant_id_environment_key" to table: "idempotency_keys"
DROP INDEX "idempotencykey_tenant_id_environment_key";
-- reverse: create index "idempotencykey_expires_at" to table: "idempotency_keys"
DROP INDEX "idempotencykey_expires_at";
-- reverse: create "idempotency_keys" table
DROP TABLE "idempotency_keys";
