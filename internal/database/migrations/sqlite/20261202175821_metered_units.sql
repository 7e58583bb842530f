-- +goose Up
-- create "metered_units" table
CREATE TABLE `metered_units` (`id` text NOT NULL, `environment` text NOT NULL, `key_id` text NULL, `application_id` text NULL, `industry` text NOT NULL, `operation` text NOT NULL, `unit` text NOT NULL, `quantity` integer NOT NULL, `currency` text NULL, `source_id` text NOT NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `metered_units_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "meteredunit_tenant_id" to table: "metered_units"
CREATE INDEX `meteredunit_tenant_id` ON `metered_units` (`tenant_id`);
-- create index "meteredunit_tenant_id_environment_created_at" to table: "metered_units"
CREATE INDEX `meteredunit_tenant_id_environment_created_at` ON `metered_units` (`tenant_id`, `environment`, `created_at`);
-- create index "meteredunit_source_id" to table: "metered_units"
CREATE UNIQUE INDEX `meteredunit_source_id` ON `metered_units` (`source_id`);

-- +goose Down
-- reverse: create index "meteredunit_source_id" to table: "metered_units"
DROP INDEX `meteredunit_source_id`;
-- reverse: create index "meteredunit_tenant_id_environment_created_at" to table: "metered_units"
DROP INDEX `meteredunit_tenant_id_environment_created_at`;
-- reverse: create index "meteredunit_tenant_id" to table: "metered_units"
DROP INDEX `meteredunit_tenant_id`;
-- reverse: create "metered_units" table
DROP TABLE `metered_units`;
