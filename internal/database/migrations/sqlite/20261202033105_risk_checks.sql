-- +goose Up
-- create "risk_checks" table
CREATE TABLE `risk_checks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `kind` text NOT NULL, `amount` integer NULL, `currency` text NULL, `account_currency` text NULL, `party_id` text NULL, `counterparty_id` text NULL, `party_country` text NULL, `counterparty_country` text NULL, `email` text NULL, `ip` text NULL, `device_id` text NULL, `risk_score` integer NOT NULL, `decision` text NOT NULL, `reasons` json NOT NULL, `feedback` text NULL, `feedback_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `risk_checks_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "riskcheck_tenant_id" to table: "risk_checks"
CREATE INDEX `riskcheck_tenant_id` ON `risk_checks` (`tenant_id`);
-- create index "riskcheck_tenant_id_environment_party_id_created_at" to table: "risk_checks"
CREATE INDEX `riskcheck_tenant_id_environment_party_id_created_at` ON `risk_checks` (`tenant_id`, `environment`, `party_id`, `created_at`);
-- create index "riskcheck_tenant_id_environment_email" to table: "risk_checks"
CREATE INDEX `riskcheck_tenant_id_environment_email` ON `risk_checks` (`tenant_id`, `environment`, `email`);
-- create index "riskcheck_tenant_id_environment_ip" to table: "risk_checks"
CREATE INDEX `riskcheck_tenant_id_environment_ip` ON `risk_checks` (`tenant_id`, `environment`, `ip`);
-- create index "riskcheck_tenant_id_environment_device_id" to table: "risk_checks"
CREATE INDEX `riskcheck_tenant_id_environment_device_id` ON `risk_checks` (`tenant_id`, `environment`, `device_id`);

-- +goose Down
-- reverse: create index "riskcheck_tenant_id_environment_device_id" to table: "risk_checks"
DROP INDEX `riskcheck_tenant_id_environment_device_id`;
-- reverse: create index "riskcheck_tenant_id_environment_ip" to table: "risk_checks"
DROP INDEX `riskcheck_tenant_id_environment_ip`;
-- reverse: create index "riskcheck_tenant_id_environment_email" to table: "risk_checks"
DROP INDEX `riskcheck_tenant_id_environment_email`;
-- reverse: create index "riskcheck_tenant_id_environment_party_id_created_at" to table: "risk_checks"
DROP INDEX `riskcheck_tenant_id_environment_party_id_created_at`;
-- reverse: create index "riskcheck_tenant_id" to table: "risk_checks"
DROP INDEX `riskcheck_tenant_id`;
-- reverse: create "risk_checks" table
DROP TABLE `risk_checks`;
