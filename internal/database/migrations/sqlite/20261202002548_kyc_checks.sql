-- +goose Up
-- create "kyc_checks" table
CREATE TABLE `kyc_checks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `first_name` text NOT NULL, `last_name` text NOT NULL, `date_of_birth` text NOT NULL, `country` text NOT NULL, `document_type` text NOT NULL, `document_last4` text NOT NULL, `status` text NOT NULL, `checks` json NOT NULL, `decided_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `kyc_checks_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "kyccheck_tenant_id" to table: "kyc_checks"
CREATE INDEX `kyccheck_tenant_id` ON `kyc_checks` (`tenant_id`);
-- create index "kyccheck_tenant_id_environment_created_at" to table: "kyc_checks"
CREATE INDEX `kyccheck_tenant_id_environment_created_at` ON `kyc_checks` (`tenant_id`, `environment`, `created_at`);

-- +goose Down
-- reverse: create index "kyccheck_tenant_id_environment_created_at" to table: "kyc_checks"
DROP INDEX `kyccheck_tenant_id_environment_created_at`;
-- reverse: create index "kyccheck_tenant_id" to table: "kyc_checks"
DROP INDEX `kyccheck_tenant_id`;
-- reverse: create "kyc_checks" table
DROP TABLE `kyc_checks`;
