-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "family_created_at" to table: "refresh_tokens"
ALTER TABLE `refresh_tokens` ADD COLUMN `family_created_at` datetime NULL;
-- create "new_tenants" table
CREATE TABLE `new_tenants` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `slug` text NOT NULL, `industry` text NOT NULL, `terms_version` text NULL, `terms_accepted_at` datetime NULL, `terms_accepted_by` text NULL, `terms_industry` text NULL, `require_mfa` bool NOT NULL DEFAULT (false), `kyc_status` text NOT NULL DEFAULT ('NOT_STARTED'), `kyc_legal_name` text NULL, `kyc_registration_number` text NULL, `kyc_country` text NULL, `kyc_address` text NULL, `kyc_contact_name` text NULL, `kyc_contact_email` text NULL, `kyc_submitted_at` datetime NULL, `kyc_reviewed_at` datetime NULL, `kyc_review_reason` text NULL, `rate_limit_override` integer NULL, PRIMARY KEY (`id`));
-- copy rows from old table "tenants" to new temporary table "new_tenants"
INSERT INTO `new_tenants` (`id`, `created_at`, `updated_at`, `name`, `slug`, `industry`, `terms_version`, `terms_accepted_at`, `terms_accepted_by`, `kyc_status`, `kyc_legal_name`, `kyc_registration_number`, `kyc_country`, `kyc_address`, `kyc_contact_name`, `kyc_contact_email`, `kyc_submitted_at`, `kyc_reviewed_at`, `kyc_review_reason`, `rate_limit_override`) SELECT `id`, `created_at`, `updated_at`, `name`, `slug`, `industry`, `terms_version`, `terms_accepted_at`, `terms_accepted_by`, `kyc_status`, `kyc_legal_name`, `kyc_registration_number`, `kyc_country`, `kyc_address`, `kyc_contact_name`, `kyc_contact_email`, `kyc_submitted_at`, `kyc_reviewed_at`, `kyc_review_reason`, `rate_limit_override` FROM `tenants`;
-- drop "tenants" table after copying rows
DROP TABLE `tenants`;
-- rename temporary table "new_tenants" to "tenants"
ALTER TABLE `new_tenants` RENAME TO `tenants`;
-- create index "tenants_slug_key" to table: "tenants"
CREATE UNIQUE INDEX `tenants_slug_key` ON `tenants` (`slug`);
-- add column "mfa_secret" to table: "users"
ALTER TABLE `users` ADD COLUMN `mfa_secret` text NULL;
-- add column "mfa_pending_secret" to table: "users"
ALTER TABLE `users` ADD COLUMN `mfa_pending_secret` text NULL;
-- add column "mfa_enabled_at" to table: "users"
ALTER TABLE `users` ADD COLUMN `mfa_enabled_at` datetime NULL;
-- add column "mfa_last_step" to table: "users"
ALTER TABLE `users` ADD COLUMN `mfa_last_step` integer NULL;
-- add column "password_changed_at" to table: "users"
ALTER TABLE `users` ADD COLUMN `password_changed_at` datetime NULL;
-- create "invitations" table
CREATE TABLE `invitations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `role` text NOT NULL, `token_hash` text NOT NULL, `expires_at` datetime NOT NULL, `accepted_at` datetime NULL, `accepted_by_id` text NULL, `revoked_at` datetime NULL, `tenant_id` text NOT NULL, `invited_by_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `invitations_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `invitations_users_invited_by` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "invitations_token_hash_key" to table: "invitations"
CREATE UNIQUE INDEX `invitations_token_hash_key` ON `invitations` (`token_hash`);
-- create index "invitation_tenant_id" to table: "invitations"
CREATE INDEX `invitation_tenant_id` ON `invitations` (`tenant_id`);
-- create index "invitation_tenant_id_email" to table: "invitations"
CREATE INDEX `invitation_tenant_id_email` ON `invitations` (`tenant_id`, `email`);
-- create "recovery_codes" table
CREATE TABLE `recovery_codes` (`id` text NOT NULL, `user_id` text NOT NULL, `code_hash` text NOT NULL, `created_at` datetime NOT NULL, `used_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "recoverycode_user_id_code_hash" to table: "recovery_codes"
CREATE UNIQUE INDEX `recoverycode_user_id_code_hash` ON `recovery_codes` (`user_id`, `code_hash`);
-- create "user_tokens" table
CREATE TABLE `user_tokens` (`id` text NOT NULL, `user_id` text NOT NULL, `purpose` text NOT NULL, `token_hash` text NOT NULL, `new_email` text NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "user_tokens_token_hash_key" to table: "user_tokens"
CREATE UNIQUE INDEX `user_tokens_token_hash_key` ON `user_tokens` (`token_hash`);
-- create index "usertoken_user_id_purpose" to table: "user_tokens"
CREATE INDEX `usertoken_user_id_purpose` ON `user_tokens` (`user_id`, `purpose`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "usertoken_user_id_purpose" to table: "user_tokens"
DROP INDEX `usertoken_user_id_purpose`;
-- reverse: create index "user_tokens_token_hash_key" to table: "user_tokens"
DROP INDEX `user_tokens_token_hash_key`;
-- reverse: create "user_tokens" table
DROP TABLE `user_tokens`;
-- reverse: create index "recoverycode_user_id_code_hash" to table: "recovery_codes"
DROP INDEX `recoverycode_user_id_code_hash`;
-- reverse: create "recovery_codes" table
DROP TABLE `recovery_codes`;
-- reverse: create index "invitation_tenant_id_email" to table: "invitations"
DROP INDEX `invitation_tenant_id_email`;
-- reverse: create index "invitation_tenant_id" to table: "invitations"
DROP INDEX `invitation_tenant_id`;
-- reverse: create index "invitations_token_hash_key" to table: "invitations"
DROP INDEX `invitations_token_hash_key`;
-- reverse: create "invitations" table
DROP TABLE `invitations`;
-- reverse: add column "password_changed_at" to table: "users"
ALTER TABLE `users` DROP COLUMN `password_changed_at`;
-- reverse: add column "mfa_last_step" to table: "users"
ALTER TABLE `users` DROP COLUMN `mfa_last_step`;
-- reverse: add column "mfa_enabled_at" to table: "users"
ALTER TABLE `users` DROP COLUMN `mfa_enabled_at`;
-- reverse: add column "mfa_pending_secret" to table: "users"
ALTER TABLE `users` DROP COLUMN `mfa_pending_secret`;
-- reverse: add column "mfa_secret" to table: "users"
ALTER TABLE `users` DROP COLUMN `mfa_secret`;
-- reverse: create index "tenants_slug_key" to table: "tenants"
DROP INDEX `tenants_slug_key`;
-- reverse: create "new_tenants" table
DROP TABLE `new_tenants`;
-- reverse: add column "family_created_at" to table: "refresh_tokens"
ALTER TABLE `refresh_tokens` DROP COLUMN `family_created_at`;
