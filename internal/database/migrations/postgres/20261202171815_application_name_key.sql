-- +goose Up
-- create index "apikey_prefix_last4" to table: "api_keys"
CREATE INDEX "apikey_prefix_last4" ON "api_keys" ("prefix", "last4");
-- modify "applications" table
ALTER TABLE "applications" ADD COLUMN "name_key" character varying NULL;
-- create index "application_tenant_id_name_key" to table: "applications"
CREATE UNIQUE INDEX "application_tenant_id_name_key" ON "applications" ("tenant_id", "name_key");

-- +goose Down
-- reverse: create index "application_tenant_id_name_key" to table: "applications"
DROP INDEX "application_tenant_id_name_key";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP COLUMN "name_key";
-- reverse: create index "apikey_prefix_last4" to table: "api_keys"
DROP INDEX "apikey_prefix_last4";
