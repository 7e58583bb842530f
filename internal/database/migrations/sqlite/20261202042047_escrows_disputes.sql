-- +goose Up
-- create "disputes" table
CREATE TABLE `disputes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `escrow_id` text NULL, `check_id` text NULL, `reason` text NOT NULL, `description` text NULL, `status` text NOT NULL DEFAULT ('OPEN'), `review_started_at` datetime NULL, `resolved_at` datetime NULL, `resolved_by` text NULL, `resolution_note` text NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `disputes_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "dispute_tenant_id" to table: "disputes"
CREATE INDEX `dispute_tenant_id` ON `disputes` (`tenant_id`);
-- create index "dispute_tenant_id_environment_status" to table: "disputes"
CREATE INDEX `dispute_tenant_id_environment_status` ON `disputes` (`tenant_id`, `environment`, `status`);
-- create index "dispute_status_created_at" to table: "disputes"
CREATE INDEX `dispute_status_created_at` ON `disputes` (`status`, `created_at`);
-- create index "dispute_escrow_id" to table: "disputes"
CREATE INDEX `dispute_escrow_id` ON `disputes` (`escrow_id`);
-- create "escrows" table
CREATE TABLE `escrows` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `amount` integer NOT NULL, `currency` text NOT NULL, `buyer_id` text NOT NULL, `seller_id` text NOT NULL, `description` text NULL, `status` text NOT NULL DEFAULT ('INITIATED'), `funded_at` datetime NULL, `released_at` datetime NULL, `refunded_at` datetime NULL, `disputed_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `escrows_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "escrow_tenant_id" to table: "escrows"
CREATE INDEX `escrow_tenant_id` ON `escrows` (`tenant_id`);
-- create index "escrow_tenant_id_environment_status" to table: "escrows"
CREATE INDEX `escrow_tenant_id_environment_status` ON `escrows` (`tenant_id`, `environment`, `status`);
-- create index "escrow_tenant_id_environment_created_at" to table: "escrows"
CREATE INDEX `escrow_tenant_id_environment_created_at` ON `escrows` (`tenant_id`, `environment`, `created_at`);

-- +goose Down
-- reverse: create index "escrow_tenant_id_environment_created_at" to table: "escrows"
DROP INDEX `escrow_tenant_id_environment_created_at`;
-- reverse: create index "escrow_tenant_id_environment_status" to table: "escrows"
DROP INDEX `escrow_tenant_id_environment_status`;
-- reverse: create index "escrow_tenant_id" to table: "escrows"
DROP INDEX `escrow_tenant_id`;
-- reverse: create "escrows" table
DROP TABLE `escrows`;
-- reverse: create index "dispute_escrow_id" to table: "disputes"
DROP INDEX `dispute_escrow_id`;
-- reverse: create index "dispute_status_created_at" to table: "disputes"
DROP INDEX `dispute_status_created_at`;
-- reverse: create index "dispute_tenant_id_environment_status" to table: "disputes"
DROP INDEX `dispute_tenant_id_environment_status`;
-- reverse: create index "dispute_tenant_id" to table: "disputes"
DROP INDEX `dispute_tenant_id`;
-- reverse: create "disputes" table
DROP TABLE `disputes`;
