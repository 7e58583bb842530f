-- +goose Up
-- create "documents" table
CREATE TABLE `documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `kind` text NOT NULL, `filename` text NOT NULL, `storage_path` text NOT NULL, `sha256` text NOT NULL, `status` text NOT NULL DEFAULT ('RECEIVED'), `tenant_id` text NOT NULL, `case_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `documents_verification_cases_case` FOREIGN KEY (`case_id`) REFERENCES `verification_cases` (`id`) ON DELETE NO ACTION);
-- create index "document_tenant_id" to table: "documents"
CREATE INDEX `document_tenant_id` ON `documents` (`tenant_id`);
-- create "reports" table
CREATE TABLE `reports` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `lifecycle_status` text NOT NULL DEFAULT ('APPROVED'), `signed_at` datetime NULL, `valid_until` datetime NULL, `verify_url` text NULL, `pdf_url` text NULL, `trust_score` integer NULL, `risk_band` text NULL, `demo` bool NOT NULL DEFAULT (false), `disputed` bool NOT NULL DEFAULT (false), `tenant_id` text NOT NULL, `case_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `reports_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `reports_verification_cases_report` FOREIGN KEY (`case_id`) REFERENCES `verification_cases` (`id`) ON DELETE NO ACTION);
-- create index "reports_case_id_key" to table: "reports"
CREATE UNIQUE INDEX `reports_case_id_key` ON `reports` (`case_id`);
-- create index "report_tenant_id" to table: "reports"
CREATE INDEX `report_tenant_id` ON `reports` (`tenant_id`);
-- create "verification_cases" table
CREATE TABLE `verification_cases` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `verification_id` text NOT NULL, `supplier_name` text NOT NULL, `country_code` text NOT NULL, `tier` text NOT NULL, `package` text NOT NULL, `contact_email` text NOT NULL, `client_reference` text NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `trust_score` integer NULL, `risk_band` text NULL, `created_via` text NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `verification_cases_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "verification_cases_verification_id_key" to table: "verification_cases"
CREATE UNIQUE INDEX `verification_cases_verification_id_key` ON `verification_cases` (`verification_id`);
-- create index "verificationcase_tenant_id" to table: "verification_cases"
CREATE INDEX `verificationcase_tenant_id` ON `verification_cases` (`tenant_id`);
-- create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
CREATE INDEX `verificationcase_tenant_id_environment_id` ON `verification_cases` (`tenant_id`, `environment`, `id`);

-- +goose Down
-- reverse: create index "verificationcase_tenant_id_environment_id" to table: "verification_cases"
DROP INDEX `verificationcase_tenant_id_environment_id`;
-- reverse: create index "verificationcase_tenant_id" to table: "verification_cases"
DROP INDEX `verificationcase_tenant_id`;
-- reverse: create index "verification_cases_verification_id_key" to table: "verification_cases"
DROP INDEX `verification_cases_verification_id_key`;
-- reverse: create "verification_cases" table
DROP TABLE `verification_cases`;
-- reverse: create index "report_tenant_id" to table: "reports"
DROP INDEX `report_tenant_id`;
-- reverse: create index "reports_case_id_key" to table: "reports"
DROP INDEX `reports_case_id_key`;
-- reverse: create "reports" table
DROP TABLE `reports`;
-- reverse: create index "document_tenant_id" to table: "documents"
DROP INDEX `document_tenant_id`;
-- reverse: create "documents" table
DROP TABLE `documents`;
