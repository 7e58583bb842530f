-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "decided_at" to table: "verification_cases"
ALTER TABLE `verification_cases` ADD COLUMN `decided_at` datetime NULL;
-- create "new_notifications" table
CREATE TABLE `new_notifications` (`id` text NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `body` text NOT NULL, `target_id` text NULL, `dedupe_key` text NULL, `read_at` datetime NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `notifications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "notifications" to new temporary table "new_notifications"
INSERT INTO `new_notifications` (`id`, `kind`, `title`, `body`, `target_id`, `read_at`, `created_at`, `tenant_id`) SELECT `id`, `kind`, `title`, `body`, `target_id`, `read_at`, `created_at`, `tenant_id` FROM `notifications`;
-- drop "notifications" table after copying rows
DROP TABLE `notifications`;
-- rename temporary table "new_notifications" to "notifications"
ALTER TABLE `new_notifications` RENAME TO `notifications`;
-- create index "notifications_dedupe_key_key" to table: "notifications"
CREATE UNIQUE INDEX `notifications_dedupe_key_key` ON `notifications` (`dedupe_key`);
-- create index "notification_tenant_id" to table: "notifications"
CREATE INDEX `notification_tenant_id` ON `notifications` (`tenant_id`);
-- create "key_ips" table
CREATE TABLE `key_ips` (`id` text NOT NULL, `key_id` text NOT NULL, `ip` text NOT NULL, `first_seen_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `key_ips_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "keyip_tenant_id" to table: "key_ips"
CREATE INDEX `keyip_tenant_id` ON `key_ips` (`tenant_id`);
-- create index "keyip_key_id_ip" to table: "key_ips"
CREATE UNIQUE INDEX `keyip_key_id_ip` ON `key_ips` (`key_id`, `ip`);
-- create "request_logs" table
CREATE TABLE `request_logs` (`id` text NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `method` text NOT NULL, `route` text NOT NULL, `status` integer NOT NULL, `error_code` text NULL, `latency_us` integer NOT NULL, `client_ip` text NULL, `user_agent` text NULL, `request_id` text NOT NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `request_logs_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "requestlog_tenant_id" to table: "request_logs"
CREATE INDEX `requestlog_tenant_id` ON `request_logs` (`tenant_id`);
-- create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
CREATE INDEX `requestlog_tenant_id_environment_created_at` ON `request_logs` (`tenant_id`, `environment`, `created_at`);
-- create index "requestlog_key_id_created_at" to table: "request_logs"
CREATE INDEX `requestlog_key_id_created_at` ON `request_logs` (`key_id`, `created_at`);
-- create index "requestlog_created_at" to table: "request_logs"
CREATE INDEX `requestlog_created_at` ON `request_logs` (`created_at`);
-- create "usage_rollups" table
CREATE TABLE `usage_rollups` (`id` text NOT NULL, `environment` text NOT NULL, `minute` datetime NOT NULL, `key_id` text NOT NULL, `application_id` text NOT NULL, `route` text NOT NULL, `status` integer NOT NULL, `requests` integer NOT NULL, `errors` integer NOT NULL, `latency_sum_us` integer NOT NULL, `b0` integer NOT NULL, `b1` integer NOT NULL, `b2` integer NOT NULL, `b3` integer NOT NULL, `b4` integer NOT NULL, `b5` integer NOT NULL, `b6` integer NOT NULL, `b7` integer NOT NULL, `b8` integer NOT NULL, `b9` integer NOT NULL, `b10` integer NOT NULL, `b11` integer NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `usage_rollups_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "usagerollup_tenant_id" to table: "usage_rollups"
CREATE INDEX `usagerollup_tenant_id` ON `usage_rollups` (`tenant_id`);
-- create index "usagerollup_tenant_id_environment_minute_key_id_route_status" to table: "usage_rollups"
CREATE UNIQUE INDEX `usagerollup_tenant_id_environment_minute_key_id_route_status` ON `usage_rollups` (`tenant_id`, `environment`, `minute`, `key_id`, `route`, `status`);
-- create index "usagerollup_tenant_id_minute" to table: "usage_rollups"
CREATE INDEX `usagerollup_tenant_id_minute` ON `usage_rollups` (`tenant_id`, `minute`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "usagerollup_tenant_id_minute" to table: "usage_rollups"
DROP INDEX `usagerollup_tenant_id_minute`;
-- reverse: create index "usagerollup_tenant_id_environment_minute_key_id_route_status" to table: "usage_rollups"
DROP INDEX `usagerollup_tenant_id_environment_minute_key_id_route_status`;
-- reverse: create index "usagerollup_tenant_id" to table: "usage_rollups"
DROP INDEX `usagerollup_tenant_id`;
-- reverse: create "usage_rollups" table
DROP TABLE `usage_rollups`;
-- reverse: create index "requestlog_created_at" to table: "request_logs"
DROP INDEX `requestlog_created_at`;
-- reverse: create index "requestlog_key_id_created_at" to table: "request_logs"
DROP INDEX `requestlog_key_id_created_at`;
-- reverse: create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
DROP INDEX `requestlog_tenant_id_environment_created_at`;
-- reverse: create index "requestlog_tenant_id" to table: "request_logs"
DROP INDEX `requestlog_tenant_id`;
-- reverse: create "request_logs" table
DROP TABLE `request_logs`;
-- reverse: create index "keyip_key_id_ip" to table: "key_ips"
DROP INDEX `keyip_key_id_ip`;
-- reverse: create index "keyip_tenant_id" to table: "key_ips"
DROP INDEX `keyip_tenant_id`;
-- reverse: create "key_ips" table
DROP TABLE `key_ips`;
-- reverse: create index "notification_tenant_id" to table: "notifications"
DROP INDEX `notification_tenant_id`;
-- reverse: create index "notifications_dedupe_key_key" to table: "notifications"
DROP INDEX `notifications_dedupe_key_key`;
-- reverse: create "new_notifications" table
DROP TABLE `new_notifications`;
-- reverse: add column "decided_at" to table: "verification_cases"
ALTER TABLE `verification_cases` DROP COLUMN `decided_at`;
