-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_request_logs" table
CREATE TABLE `new_request_logs` (`id` text NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `method` text NOT NULL, `route` text NOT NULL, `status` integer NOT NULL, `error_code` text NULL, `latency_us` integer NOT NULL, `client_ip` text NULL, `user_agent` text NULL, `request_id` text NOT NULL, `request_body` text NULL, `request_body_truncated` bool NOT NULL DEFAULT (false), `response_body` text NULL, `response_body_truncated` bool NOT NULL DEFAULT (false), `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `request_logs_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "request_logs" to new temporary table "new_request_logs"
INSERT INTO `new_request_logs` (`id`, `environment`, `key_id`, `application_id`, `method`, `route`, `status`, `error_code`, `latency_us`, `client_ip`, `user_agent`, `request_id`, `created_at`, `tenant_id`) SELECT `id`, `environment`, `key_id`, `application_id`, `method`, `route`, `status`, `error_code`, `latency_us`, `client_ip`, `user_agent`, `request_id`, `created_at`, `tenant_id` FROM `request_logs`;
-- drop "request_logs" table after copying rows
DROP TABLE `request_logs`;
-- rename temporary table "new_request_logs" to "request_logs"
ALTER TABLE `new_request_logs` RENAME TO `request_logs`;
-- create index "requestlog_tenant_id" to table: "request_logs"
CREATE INDEX `requestlog_tenant_id` ON `request_logs` (`tenant_id`);
-- create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
CREATE INDEX `requestlog_tenant_id_environment_created_at` ON `request_logs` (`tenant_id`, `environment`, `created_at`);
-- create index "requestlog_key_id_created_at" to table: "request_logs"
CREATE INDEX `requestlog_key_id_created_at` ON `request_logs` (`key_id`, `created_at`);
-- create index "requestlog_created_at" to table: "request_logs"
CREATE INDEX `requestlog_created_at` ON `request_logs` (`created_at`);
-- create index "requestlog_tenant_id_request_id" to table: "request_logs"
CREATE INDEX `requestlog_tenant_id_request_id` ON `request_logs` (`tenant_id`, `request_id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "requestlog_tenant_id_request_id" to table: "request_logs"
DROP INDEX `requestlog_tenant_id_request_id`;
-- reverse: create index "requestlog_created_at" to table: "request_logs"
DROP INDEX `requestlog_created_at`;
-- reverse: create index "requestlog_key_id_created_at" to table: "request_logs"
DROP INDEX `requestlog_key_id_created_at`;
-- reverse: create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
DROP INDEX `requestlog_tenant_id_environment_created_at`;
-- reverse: create index "requestlog_tenant_id" to table: "request_logs"
DROP INDEX `requestlog_tenant_id`;
-- reverse: create "new_request_logs" table
DROP TABLE `new_request_logs`;
