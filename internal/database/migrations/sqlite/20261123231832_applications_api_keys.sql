-- +goose Up
-- create "api_keys" table
CREATE TABLE `api_keys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `key_hash` text NOT NULL, `prefix` text NOT NULL, `last4` text NOT NULL, `scopes` json NOT NULL, `ip_allowlist` json NULL, `allowed_origins` json NULL, `currency_type` text NOT NULL DEFAULT ('FIAT'), `expires_at` datetime NULL, `rate_limit_per_minute` integer NOT NULL, `rotation_due_at` datetime NOT NULL, `last_used_at` datetime NULL, `last_used_ip` text NULL, `revoked_at` datetime NULL, `revoked_reason` text NULL, `rotated_from` text NULL, `rotated_to` text NULL, `grace_until` datetime NULL, `created_by` text NULL, `tenant_id` text NOT NULL, `application_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `api_keys_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `api_keys_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION);
-- create index "api_keys_key_hash_key" to table: "api_keys"
CREATE UNIQUE INDEX `api_keys_key_hash_key` ON `api_keys` (`key_hash`);
-- create index "apikey_tenant_id" to table: "api_keys"
CREATE INDEX `apikey_tenant_id` ON `api_keys` (`tenant_id`);
-- create index "apikey_tenant_id_environment" to table: "api_keys"
CREATE INDEX `apikey_tenant_id_environment` ON `api_keys` (`tenant_id`, `environment`);
-- create "applications" table
CREATE TABLE `applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `industry` text NOT NULL, `regulatory_category` text NULL, `callback_urls` json NULL, `ip_allowlist` json NULL, `expected_monthly_volume` integer NOT NULL DEFAULT (0), `required_modules` json NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `review_reason` text NULL, `reviewed_at` datetime NULL, `archived_at` datetime NULL, `is_default` bool NOT NULL DEFAULT (false), `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `applications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "application_tenant_id" to table: "applications"
CREATE INDEX `application_tenant_id` ON `applications` (`tenant_id`);

-- +goose Down
-- reverse: create index "application_tenant_id" to table: "applications"
DROP INDEX `application_tenant_id`;
-- reverse: create "applications" table
DROP TABLE `applications`;
-- reverse: create index "apikey_tenant_id_environment" to table: "api_keys"
DROP INDEX `apikey_tenant_id_environment`;
-- reverse: create index "apikey_tenant_id" to table: "api_keys"
DROP INDEX `apikey_tenant_id`;
-- reverse: create index "api_keys_key_hash_key" to table: "api_keys"
DROP INDEX `api_keys_key_hash_key`;
-- reverse: create "api_keys" table
DROP TABLE `api_keys`;
