-- +goose Up
-- create "audit_logs" table
CREATE TABLE `audit_logs` (`id` text NOT NULL, `tenant_id` text NULL, `actor_id` text NULL, `actor_type` text NOT NULL, `action` text NOT NULL, `target_type` text NULL, `target_id` text NULL, `ip` text NULL, `user_agent` text NULL, `metadata` json NULL, `created_at` datetime NOT NULL, PRIMARY KEY (`id`));
-- create index "auditlog_tenant_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_tenant_id_created_at` ON `audit_logs` (`tenant_id`, `created_at`);
-- create index "auditlog_tenant_id_action" to table: "audit_logs"
CREATE INDEX `auditlog_tenant_id_action` ON `audit_logs` (`tenant_id`, `action`);
-- create "memberships" table
CREATE TABLE `memberships` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `user_id` text NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `memberships_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "membership_user_id_tenant_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_user_id_tenant_id` ON `memberships` (`user_id`, `tenant_id`);
-- create index "membership_tenant_id" to table: "memberships"
CREATE INDEX `membership_tenant_id` ON `memberships` (`tenant_id`);
-- create "refresh_tokens" table
CREATE TABLE `refresh_tokens` (`id` text NOT NULL, `user_id` text NOT NULL, `tenant_id` text NULL, `token_hash` text NOT NULL, `family_id` text NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `revoked_at` datetime NULL, `ip` text NULL, `user_agent` text NULL, PRIMARY KEY (`id`));
-- create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
CREATE UNIQUE INDEX `refresh_tokens_token_hash_key` ON `refresh_tokens` (`token_hash`);
-- create index "refreshtoken_family_id" to table: "refresh_tokens"
CREATE INDEX `refreshtoken_family_id` ON `refresh_tokens` (`family_id`);
-- create index "refreshtoken_user_id" to table: "refresh_tokens"
CREATE INDEX `refreshtoken_user_id` ON `refresh_tokens` (`user_id`);
-- create "tenants" table
CREATE TABLE `tenants` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `slug` text NOT NULL, `industry` text NOT NULL, `terms_version` text NULL, `terms_accepted_at` datetime NULL, `terms_accepted_by` text NULL, `kyc_status` text NOT NULL DEFAULT ('NOT_STARTED'), `kyc_legal_name` text NULL, `kyc_registration_number` text NULL, `kyc_country` text NULL, `kyc_address` text NULL, `kyc_contact_name` text NULL, `kyc_contact_email` text NULL, `kyc_submitted_at` datetime NULL, `kyc_reviewed_at` datetime NULL, `kyc_review_reason` text NULL, PRIMARY KEY (`id`));
-- create index "tenants_slug_key" to table: "tenants"
CREATE UNIQUE INDEX `tenants_slug_key` ON `tenants` (`slug`);
-- create "users" table
CREATE TABLE `users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `name` text NOT NULL, `password_hash` text NOT NULL, `staff_role` text NULL, `last_login_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);

-- +goose Down
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX `users_email_key`;
-- reverse: create "users" table
DROP TABLE `users`;
-- reverse: create index "tenants_slug_key" to table: "tenants"
DROP INDEX `tenants_slug_key`;
-- reverse: create "tenants" table
DROP TABLE `tenants`;
-- reverse: create index "refreshtoken_user_id" to table: "refresh_tokens"
DROP INDEX `refreshtoken_user_id`;
-- reverse: create index "refreshtoken_family_id" to table: "refresh_tokens"
DROP INDEX `refreshtoken_family_id`;
-- reverse: create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
DROP INDEX `refresh_tokens_token_hash_key`;
-- reverse: create "refresh_tokens" table
DROP TABLE `refresh_tokens`;
-- reverse: create index "membership_tenant_id" to table: "memberships"
DROP INDEX `membership_tenant_id`;
-- reverse: create index "membership_user_id_tenant_id" to table: "memberships"
DROP INDEX `membership_user_id_tenant_id`;
-- reverse: create "memberships" table
DROP TABLE `memberships`;
-- reverse: create index "auditlog_tenant_id_action" to table: "audit_logs"
DROP INDEX `auditlog_tenant_id_action`;
-- reverse: create index "auditlog_tenant_id_created_at" to table: "audit_logs"
DROP INDEX `auditlog_tenant_id_created_at`;
-- reverse: create "audit_logs" table
DROP TABLE `audit_logs`;
