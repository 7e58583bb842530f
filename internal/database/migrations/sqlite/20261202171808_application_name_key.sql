-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create index "apikey_prefix_last4" to table: "api_keys"
CREATE INDEX `apikey_prefix_last4` ON `api_keys` (`prefix`, `last4`);
-- create "new_applications" table
CREATE TABLE `new_applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `name_key` text NULL, `description` text NULL, `industry` text NOT NULL, `regulatory_category` text NULL, `callback_urls` json NULL, `ip_allowlist` json NULL, `expected_monthly_volume` integer NOT NULL DEFAULT (0), `required_modules` json NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `review_reason` text NULL, `reviewed_at` datetime NULL, `archived_at` datetime NULL, `is_default` bool NOT NULL DEFAULT (false), `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `applications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "applications" to new temporary table "new_applications"
INSERT INTO `new_applications` (`id`, `created_at`, `updated_at`, `name`, `description`, `industry`, `regulatory_category`, `callback_urls`, `ip_allowlist`, `expected_monthly_volume`, `required_modules`, `status`, `review_reason`, `reviewed_at`, `archived_at`, `is_default`, `tenant_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `description`, `industry`, `regulatory_category`, `callback_urls`, `ip_allowlist`, `expected_monthly_volume`, `required_modules`, `status`, `review_reason`, `reviewed_at`, `archived_at`, `is_default`, `tenant_id` FROM `applications`;
-- drop "applications" table after copying rows
DROP TABLE `applications`;
-- rename temporary table "new_applications" to "applications"
ALTER TABLE `new_applications` RENAME TO `applications`;
-- create index "application_tenant_id" to table: "applications"
CREATE INDEX `application_tenant_id` ON `applications` (`tenant_id`);
-- create index "application_tenant_id_name_key" to table: "applications"
CREATE UNIQUE INDEX `application_tenant_id_name_key` ON `applications` (`tenant_id`, `name_key`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "application_tenant_id_name_key" to table: "applications"
DROP INDEX `application_tenant_id_name_key`;
-- reverse: create index "application_tenant_id" to table: "applications"
DROP INDEX `application_tenant_id`;
-- reverse: create "new_applications" table
DROP TABLE `new_applications`;
-- reverse: create index "apikey_prefix_last4" to table: "api_keys"
DROP INDEX `apikey_prefix_last4`;
