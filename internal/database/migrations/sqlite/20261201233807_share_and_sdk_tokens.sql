-- +goose Up
-- create "sdk_tokens" table
CREATE TABLE `sdk_tokens` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `application_id` text NOT NULL, `key_id` text NOT NULL, `token_hash` text NOT NULL, `prefix` text NOT NULL, `external_user_id` text NOT NULL, `email` text NULL, `flow_name` text NOT NULL, `redirect_url` text NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `case_id` text NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `sdk_tokens_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "sdk_tokens_token_hash_key" to table: "sdk_tokens"
CREATE UNIQUE INDEX `sdk_tokens_token_hash_key` ON `sdk_tokens` (`token_hash`);
-- create index "sdktoken_tenant_id" to table: "sdk_tokens"
CREATE INDEX `sdktoken_tenant_id` ON `sdk_tokens` (`tenant_id`);
-- create index "sdktoken_tenant_id_environment" to table: "sdk_tokens"
CREATE INDEX `sdktoken_tenant_id_environment` ON `sdk_tokens` (`tenant_id`, `environment`);
-- create "share_attempts" table
CREATE TABLE `share_attempts` (`id` text NOT NULL, `environment` text NOT NULL, `outcome` text NOT NULL, `ip` text NULL, `domain` text NULL, `user_agent` text NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, `share_token_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `share_attempts_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `share_attempts_share_tokens_share_token` FOREIGN KEY (`share_token_id`) REFERENCES `share_tokens` (`id`) ON DELETE NO ACTION);
-- create index "shareattempt_tenant_id" to table: "share_attempts"
CREATE INDEX `shareattempt_tenant_id` ON `share_attempts` (`tenant_id`);
-- create index "shareattempt_share_token_id_created_at" to table: "share_attempts"
CREATE INDEX `shareattempt_share_token_id_created_at` ON `share_attempts` (`share_token_id`, `created_at`);
-- create "share_tokens" table
CREATE TABLE `share_tokens` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `token_hash` text NOT NULL, `prefix` text NOT NULL, `fields` json NOT NULL, `max_uses` integer NOT NULL, `uses` integer NOT NULL DEFAULT (0), `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `last_used_at` datetime NULL, `created_by` text NULL, `tenant_id` text NOT NULL, `case_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `share_tokens_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `share_tokens_verification_cases_case` FOREIGN KEY (`case_id`) REFERENCES `verification_cases` (`id`) ON DELETE NO ACTION);
-- create index "share_tokens_token_hash_key" to table: "share_tokens"
CREATE UNIQUE INDEX `share_tokens_token_hash_key` ON `share_tokens` (`token_hash`);
-- create index "sharetoken_tenant_id" to table: "share_tokens"
CREATE INDEX `sharetoken_tenant_id` ON `share_tokens` (`tenant_id`);
-- create index "sharetoken_tenant_id_environment_id" to table: "share_tokens"
CREATE INDEX `sharetoken_tenant_id_environment_id` ON `share_tokens` (`tenant_id`, `environment`, `id`);
-- create index "sharetoken_case_id" to table: "share_tokens"
CREATE INDEX `sharetoken_case_id` ON `share_tokens` (`case_id`);

-- +goose Down
-- reverse: create index "sharetoken_case_id" to table: "share_tokens"
DROP INDEX `sharetoken_case_id`;
-- reverse: create index "sharetoken_tenant_id_environment_id" to table: "share_tokens"
DROP INDEX `sharetoken_tenant_id_environment_id`;
-- reverse: create index "sharetoken_tenant_id" to table: "share_tokens"
DROP INDEX `sharetoken_tenant_id`;
-- reverse: create index "share_tokens_token_hash_key" to table: "share_tokens"
DROP INDEX `share_tokens_token_hash_key`;
-- reverse: create "share_tokens" table
DROP TABLE `share_tokens`;
-- reverse: create index "shareattempt_share_token_id_created_at" to table: "share_attempts"
DROP INDEX `shareattempt_share_token_id_created_at`;
-- reverse: create index "shareattempt_tenant_id" to table: "share_attempts"
DROP INDEX `shareattempt_tenant_id`;
-- reverse: create "share_attempts" table
DROP TABLE `share_attempts`;
-- reverse: create index "sdktoken_tenant_id_environment" to table: "sdk_tokens"
DROP INDEX `sdktoken_tenant_id_environment`;
-- reverse: create index "sdktoken_tenant_id" to table: "sdk_tokens"
DROP INDEX `sdktoken_tenant_id`;
-- reverse: create index "sdk_tokens_token_hash_key" to table: "sdk_tokens"
DROP INDEX `sdk_tokens_token_hash_key`;
-- reverse: create "sdk_tokens" table
DROP TABLE `sdk_tokens`;
