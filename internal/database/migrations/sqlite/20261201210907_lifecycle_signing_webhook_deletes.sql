-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "rfi_item_id" to table: "documents"
ALTER TABLE `documents` ADD COLUMN `rfi_item_id` text NULL;
-- add column "dispute_reason" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `dispute_reason` text NULL;
-- add column "controls" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `controls` json NULL;
-- add column "valid_for_seconds" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `valid_for_seconds` integer NULL;
-- add column "canonical" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `canonical` text NULL;
-- add column "digest" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `digest` text NULL;
-- add column "signature" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `signature` text NULL;
-- add column "key_id" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `key_id` text NULL;
-- add column "signed_by" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `signed_by` text NULL;
-- add column "published_at" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `published_at` datetime NULL;
-- add column "revoked_at" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `revoked_at` datetime NULL;
-- add column "revoke_reason" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `revoke_reason` text NULL;
-- add column "expiring_notified_at" to table: "reports"
ALTER TABLE `reports` ADD COLUMN `expiring_notified_at` datetime NULL;
-- create index "report_lifecycle_status_valid_until" to table: "reports"
CREATE INDEX `report_lifecycle_status_valid_until` ON `reports` (`lifecycle_status`, `valid_until`);
-- create "new_verification_cases" table
CREATE TABLE `new_verification_cases` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `verification_id` text NOT NULL, `supplier_name` text NOT NULL, `country_code` text NOT NULL, `tier` text NOT NULL, `package` text NOT NULL, `contact_email` text NOT NULL, `client_reference` text NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `trust_score` integer NULL, `risk_band` text NULL, `created_via` text NOT NULL, `decided_at` datetime NULL, `decline_reason` text NULL, `approved_by` text NULL, `sim_next_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `verification_cases_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "verification_cases" to new temporary table "new_verification_cases"
INSERT INTO `new_verification_cases` (`id`, `created_at`, `updated_at`, `environment`, `verification_id`, `supplier_name`, `country_code`, `tier`, `package`, `contact_email`, `client_reference`, `status`, `trust_score`, `risk_band`, `created_via`, `decided_at`, `tenant_id`) SELECT `id`, `created_at`, `updated_at`, `environment`, `verification_id`, `supplier_name`, `country_code`, `tier`, `package`, `contact_email`, `client_reference`, `status`, `trust_score`, `risk_band`, `created_via`, `decided_at`, `tenant_id` FROM `verification_cases`;
-- drop "verification_cases" table after copying rows
DROP TABLE `verification_cases`;
-- rename temporary table "new_verification_cases" to "verification_cases"
ALTER TABLE `new_verification_cases` RENAME TO `verification_cases`;
-- create index "verification_cases_verification_id_key" to table: "verification_cases"
CREATE UNIQUE INDEX `verification_cases_verification_id_key` ON `verification_cases` (`verification_id`);
-- create index "verificationcase_tenant_id" to table: "verification_cases"
CREATE INDEX `verificationcase_tenant_id` ON `verification_cases` (`tenant_id`);
-- create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
CREATE INDEX `verificationcase_tenant_id_environment_id` ON `verification_cases` (`tenant_id`, `environment`, `id`);
-- create index "verificationcase_sim_next_at" to table: "verification_cases"
CREATE INDEX `verificationcase_sim_next_at` ON `verification_cases` (`sim_next_at`);
-- add column "deleted_at" to table: "webhook_endpoints"
ALTER TABLE `webhook_endpoints` ADD COLUMN `deleted_at` datetime NULL;
-- create "case_events" table
CREATE TABLE `case_events` (`id` text NOT NULL, `environment` text NOT NULL, `action` text NOT NULL, `from_status` text NULL, `to_status` text NULL, `actor_type` text NOT NULL, `actor_id` text NULL, `reason` text NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, `case_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `case_events_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `case_events_verification_cases_case` FOREIGN KEY (`case_id`) REFERENCES `verification_cases` (`id`) ON DELETE NO ACTION);
-- create index "caseevent_tenant_id" to table: "case_events"
CREATE INDEX `caseevent_tenant_id` ON `case_events` (`tenant_id`);
-- create index "caseevent_case_id_created_at" to table: "case_events"
CREATE INDEX `caseevent_case_id_created_at` ON `case_events` (`case_id`, `created_at`);
-- create "rfi_items" table
CREATE TABLE `rfi_items` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `kind` text NOT NULL, `document_kind` text NULL, `message` text NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `answer` text NULL, `document_id` text NULL, `answered_at` datetime NULL, `tenant_id` text NOT NULL, `case_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `rfi_items_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `rfi_items_verification_cases_case` FOREIGN KEY (`case_id`) REFERENCES `verification_cases` (`id`) ON DELETE NO ACTION);
-- create index "rfiitem_tenant_id" to table: "rfi_items"
CREATE INDEX `rfiitem_tenant_id` ON `rfi_items` (`tenant_id`);
-- create index "rfiitem_case_id_status" to table: "rfi_items"
CREATE INDEX `rfiitem_case_id_status` ON `rfi_items` (`case_id`, `status`);
-- create "signing_keys" table
CREATE TABLE `signing_keys` (`id` text NOT NULL, `kid` text NOT NULL, `public_key` blob NOT NULL, `created_at` datetime NOT NULL, `retired_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "signing_keys_kid_key" to table: "signing_keys"
CREATE UNIQUE INDEX `signing_keys_kid_key` ON `signing_keys` (`kid`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "signing_keys_kid_key" to table: "signing_keys"
DROP INDEX `signing_keys_kid_key`;
-- reverse: create "signing_keys" table
DROP TABLE `signing_keys`;
-- reverse: create index "rfiitem_case_id_status" to table: "rfi_items"
DROP INDEX `rfiitem_case_id_status`;
-- reverse: create index "rfiitem_tenant_id" to table: "rfi_items"
DROP INDEX `rfiitem_tenant_id`;
-- reverse: create "rfi_items" table
DROP TABLE `rfi_items`;
-- reverse: create index "caseevent_case_id_created_at" to table: "case_events"
DROP INDEX `caseevent_case_id_created_at`;
-- reverse: create index "caseevent_tenant_id" to table: "case_events"
DROP INDEX `caseevent_tenant_id`;
-- reverse: create "case_events" table
DROP TABLE `case_events`;
-- reverse: add column "deleted_at" to table: "webhook_endpoints"
ALTER TABLE `webhook_endpoints` DROP COLUMN `deleted_at`;
-- reverse: create index "verificationcase_sim_next_at" to table: "verification_cases"
DROP INDEX `verificationcase_sim_next_at`;
-- reverse: create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
DROP INDEX `verificationcase_tenant_id_environment_id`;
-- reverse: create index "verificationcase_tenant_id" to table: "verification_cases"
DROP INDEX `verificationcase_tenant_id`;
-- reverse: create index "verification_cases_verification_id_key" to table: "verification_cases"
DROP INDEX `verification_cases_verification_id_key`;
-- reverse: create "new_verification_cases" table
DROP TABLE `new_verification_cases`;
-- reverse: create index "report_lifecycle_status_valid_until" to table: "reports"
DROP INDEX `report_lifecycle_status_valid_until`;
-- reverse: add column "expiring_notified_at" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `expiring_notified_at`;
-- reverse: add column "revoke_reason" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `revoke_reason`;
-- reverse: add column "revoked_at" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `revoked_at`;
-- reverse: add column "published_at" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `published_at`;
-- reverse: add column "signed_by" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `signed_by`;
-- reverse: add column "key_id" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `key_id`;
-- reverse: add column "signature" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `signature`;
-- reverse: add column "digest" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `digest`;
-- reverse: add column "canonical" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `canonical`;
-- reverse: add column "valid_for_seconds" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `valid_for_seconds`;
-- reverse: add column "controls" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `controls`;
-- reverse: add column "dispute_reason" to table: "reports"
ALTER TABLE `reports` DROP COLUMN `dispute_reason`;
-- reverse: add column "rfi_item_id" to table: "documents"
ALTER TABLE `documents` DROP COLUMN `rfi_item_id`;
