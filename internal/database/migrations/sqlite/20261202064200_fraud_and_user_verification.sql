-- +goose Up
-- create "fraud_checks" table
CREATE TABLE `fraud_checks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `email` text NULL, `email_domain` text NULL, `ip` text NULL, `device_id` text NULL, `party_id` text NULL, `score` integer NOT NULL, `decision` text NOT NULL, `reasons` json NOT NULL, `feedback` text NULL, `feedback_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `fraud_checks_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "fraudcheck_tenant_id" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id` ON `fraud_checks` (`tenant_id`);
-- create index "fraudcheck_tenant_id_environment_created_at" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id_environment_created_at` ON `fraud_checks` (`tenant_id`, `environment`, `created_at`);
-- create index "fraudcheck_tenant_id_environment_email_created_at" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id_environment_email_created_at` ON `fraud_checks` (`tenant_id`, `environment`, `email`, `created_at`);
-- create index "fraudcheck_tenant_id_environment_ip_created_at" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id_environment_ip_created_at` ON `fraud_checks` (`tenant_id`, `environment`, `ip`, `created_at`);
-- create index "fraudcheck_tenant_id_environment_device_id_created_at" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id_environment_device_id_created_at` ON `fraud_checks` (`tenant_id`, `environment`, `device_id`, `created_at`);
-- create index "fraudcheck_tenant_id_environment_party_id_created_at" to table: "fraud_checks"
CREATE INDEX `fraudcheck_tenant_id_environment_party_id_created_at` ON `fraud_checks` (`tenant_id`, `environment`, `party_id`, `created_at`);
-- create "fraud_feedbacks" table
CREATE TABLE `fraud_feedbacks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `check_id` text NOT NULL, `outcome` text NOT NULL, `note` text NULL, `email` text NULL, `ip` text NULL, `device_id` text NULL, `party_id` text NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `fraud_feedbacks_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "fraudfeedback_tenant_id" to table: "fraud_feedbacks"
CREATE INDEX `fraudfeedback_tenant_id` ON `fraud_feedbacks` (`tenant_id`);
-- create index "fraudfeedback_tenant_id_environment_check_id" to table: "fraud_feedbacks"
CREATE UNIQUE INDEX `fraudfeedback_tenant_id_environment_check_id` ON `fraud_feedbacks` (`tenant_id`, `environment`, `check_id`);
-- create index "fraudfeedback_tenant_id_environment_email" to table: "fraud_feedbacks"
CREATE INDEX `fraudfeedback_tenant_id_environment_email` ON `fraud_feedbacks` (`tenant_id`, `environment`, `email`);
-- create index "fraudfeedback_tenant_id_environment_ip" to table: "fraud_feedbacks"
CREATE INDEX `fraudfeedback_tenant_id_environment_ip` ON `fraud_feedbacks` (`tenant_id`, `environment`, `ip`);
-- create index "fraudfeedback_tenant_id_environment_device_id" to table: "fraud_feedbacks"
CREATE INDEX `fraudfeedback_tenant_id_environment_device_id` ON `fraud_feedbacks` (`tenant_id`, `environment`, `device_id`);
-- create index "fraudfeedback_tenant_id_environment_party_id" to table: "fraud_feedbacks"
CREATE INDEX `fraudfeedback_tenant_id_environment_party_id` ON `fraud_feedbacks` (`tenant_id`, `environment`, `party_id`);
-- create "user_verifications" table
CREATE TABLE `user_verifications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `reference` text NULL, `email` text NOT NULL, `phone` text NOT NULL, `name` text NOT NULL, `country` text NOT NULL, `role` text NULL, `status` text NOT NULL, `level` text NULL, `checks` json NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `user_verifications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "userverification_tenant_id" to table: "user_verifications"
CREATE INDEX `userverification_tenant_id` ON `user_verifications` (`tenant_id`);
-- create index "userverification_tenant_id_environment_created_at" to table: "user_verifications"
CREATE INDEX `userverification_tenant_id_environment_created_at` ON `user_verifications` (`tenant_id`, `environment`, `created_at`);

-- +goose Down
-- reverse: create index "userverification_tenant_id_environment_created_at" to table: "user_verifications"
DROP INDEX `userverification_tenant_id_environment_created_at`;
-- reverse: create index "userverification_tenant_id" to table: "user_verifications"
DROP INDEX `userverification_tenant_id`;
-- reverse: create "user_verifications" table
DROP TABLE `user_verifications`;
-- reverse: create index "fraudfeedback_tenant_id_environment_party_id" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id_environment_party_id`;
-- reverse: create index "fraudfeedback_tenant_id_environment_device_id" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id_environment_device_id`;
-- reverse: create index "fraudfeedback_tenant_id_environment_ip" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id_environment_ip`;
-- reverse: create index "fraudfeedback_tenant_id_environment_email" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id_environment_email`;
-- reverse: create index "fraudfeedback_tenant_id_environment_check_id" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id_environment_check_id`;
-- reverse: create index "fraudfeedback_tenant_id" to table: "fraud_feedbacks"
DROP INDEX `fraudfeedback_tenant_id`;
-- reverse: create "fraud_feedbacks" table
DROP TABLE `fraud_feedbacks`;
-- reverse: create index "fraudcheck_tenant_id_environment_party_id_created_at" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id_environment_party_id_created_at`;
-- reverse: create index "fraudcheck_tenant_id_environment_device_id_created_at" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id_environment_device_id_created_at`;
-- reverse: create index "fraudcheck_tenant_id_environment_ip_created_at" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id_environment_ip_created_at`;
-- reverse: create index "fraudcheck_tenant_id_environment_email_created_at" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id_environment_email_created_at`;
-- reverse: create index "fraudcheck_tenant_id_environment_created_at" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id_environment_created_at`;
-- reverse: create index "fraudcheck_tenant_id" to table: "fraud_checks"
DROP INDEX `fraudcheck_tenant_id`;
-- reverse: create "fraud_checks" table
DROP TABLE `fraud_checks`;
