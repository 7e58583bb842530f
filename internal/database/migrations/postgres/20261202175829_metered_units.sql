-- +goose Up
-- create "metered_units" table
CREATE TABLE "metered_units" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "industry" character varying NOT NULL, "operation" character varying NOT NULL, "unit" character varying NOT NULL, "quantity" bigint NOT NULL, "currency" character varying NULL, "source_id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "metered_units_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "meteredunit_source_id" to table: "metered_units"
CREATE UNIQUE INDEX "meteredunit_source_id" ON "metered_units" ("source_id");
-- create index "meteredunit_tenant_id" to table: "metered_units"
CREATE INDEX "meteredunit_tenant_id" ON "metered_units" ("tenant_id");
-- create index "meteredunit_tenant_id_environment_created_at" to table: "metered_units"
CREATE INDEX "meteredunit_tenant_id_environment_created_at" ON "metered_units" ("tenant_id", "environment", "created_at");

-- +goose Down
-- reverse: create index "meteredunit_tenant_id_environment_created_at" to table: "metered_units"
DROP INDEX "meteredunit_tenant_id_environment_created_at";
-- reverse: create index "meteredunit_tenant_id" to table: "metered_units"
DROP INDEX "meteredunit_tenant_id";
-- reverse: create index "meteredunit_source_id" to table: "metered_units"
DROP INDEX "meteredunit_source_id";
-- reverse: create "metered_units" table
DROP TABLE "metered_units";
