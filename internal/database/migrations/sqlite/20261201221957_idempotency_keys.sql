-- +goose Up
-- create "idempotency_keys" table
CREATE TABLE `idempotency_keys` (`id` text NOT NULL, `tenant_id` text NOT NULL, `environment` text NOT NULL, `key` text NOT NULL, `request_hash` text NOT NULL, `response_status` integer NULL, `response_content_type` text NULL, `response_body` blob NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, PRIMARY KEY (`id`));
-- create index "idempotencykey_tenant_id_environment_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX `idempotencykey_tenant_id_environment_key` ON `idempotency_keys` (`tenant_id`, `environment`, `key`);
-- create index "idempotencykey_expires_at" to table: "idempotency_keys"
CREATE INDEX `idempotencykey_expires_at` ON `idempotency_keys` (`expires_at`);

-- +goose Down
-- reverse: create index "idempotencykey_expires_at" to table: "idempotency_keys"
DROP INDEX `idempotencykey_expires_at`;
-- reverse: create index "idempotencykey_tenant_id_environment_key" to table: "idempotency_keys"
DROP INDEX `idempotencykey_tenant_id_environment_key`;
-- reverse: create "idempotency_keys" table
DROP TABLE `idempotency_keys`;
