-- +goose Up
-- modify "notifications" table
ALTER TABLE "notifications" ADD COLUMN "dedupe_key" character varying NULL;
-- create index "notifications_dedupe_key_key" to table: "notifications"
CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications" ("dedupe_key");
-- modify "verification_cases" table
ALTER TABLE "verification_cases" ADD COLUMN "decided_at" timestamptz NULL;
-- create "key_ips" table
CREATE TABLE "key_ips" ("id" character varying NOT NULL, "key_id" character varying NOT NULL, "ip" character varying NOT NULL, "first_seen_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "key_ips_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "keyip_key_id_ip" to table: "key_ips"
CREATE UNIQUE INDEX "keyip_key_id_ip" ON "key_ips" ("key_id", "ip");
-- create index "keyip_tenant_id" to table: "key_ips"
CREATE INDEX "keyip_tenant_id" ON "key_ips" ("tenant_id");
-- create "request_logs" table
CREATE TABLE "request_logs" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "key_id" character varying NULL, "application_id" character varying NULL, "method" character varying NOT NULL, "route" character varying NOT NULL, "status" bigint NOT NULL, "error_code" character varying NULL, "latency_us" bigint NOT NULL, "client_ip" character varying NULL, "user_agent" character varying NULL, "request_id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "request_logs_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "requestlog_created_at" to table: "request_logs"
CREATE INDEX "requestlog_created_at" ON "request_logs" ("created_at");
-- create index "requestlog_key_id_created_at" to table: "request_logs"
CREATE INDEX "requestlog_key_id_created_at" ON "request_logs" ("key_id", "created_at");
-- create index "requestlog_tenant_id" to table: "request_logs"
CREATE INDEX "requestlog_tenant_id" ON "request_logs" ("tenant_id");
-- create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
CREATE INDEX "requestlog_tenant_id_environment_created_at" ON "request_logs" ("tenant_id", "environment", "created_at");
-- create "usage_rollups" table
CREATE TABLE "usage_rollups" ("id" character varying NOT NULL, "environment" character varying NOT NULL, "minute" timestamptz NOT NULL, "key_id" character varying NOT NULL, "application_id" character varying NOT NULL, "route" character varying NOT NULL, "status" bigint NOT NULL, "requests" bigint NOT NULL, "errors" bigint NOT NULL, "latency_sum_us" bigint NOT NULL, "b0" bigint NOT NULL, "b1" bigint NOT NULL, "b2" bigint NOT NULL, "b3" bigint NOT NULL, "b4" bigint NOT NULL, "b5" bigint NOT NULL, "b6" bigint NOT NULL, "b7" bigint NOT NULL, "b8" bigint NOT NULL, "b9" bigint NOT NULL, "b10" bigint NOT NULL, "b11" bigint NOT NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "usage_rollups_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "usagerollup_tenant_id" to table: "usage_rollups"
CREATE INDEX "usagerollup_tenant_id" ON "usage_rollups" ("tenant_id");
-- create index "usagerollup_tenant_id_environment_minute_key_id_route_status" to table: "usage_rollups"
CREATE UNIQUE INDEX "usagerollup_tenant_id_environment_minute_key_id_route_status" ON "usage_rollups" ("tenant_id", "environment", "minute", "key_id", "route", "status");
-- create index "usagerollup_tenant_id_minute" to table: "usage_rollups"
CREATE INDEX "usagerollup_tenant_id_minute" ON "usage_rollups" ("tenant_id", "minute");

-- +goose Down
-- reverse: create index "usagerollup_tenant_id_minute" to table: "usage_rollups"
DROP INDEX "usagerollup_tenant_id_minute";
-- reverse: create index "usagerollup_tenant_id_environment_minute_key_id_route_status" to table: "usage_rollups"
DROP INDEX "usagerollup_tenant_id_environment_minute_key_id_route_status";
-- reverse: create index "usagerollup_tenant_id" to table: "usage_rollups"
DROP INDEX "usagerollup_tenant_id";
-- reverse: create "usage_rollups" table
DROP TABLE "usage_rollups";
-- reverse: create index "requestlog_tenant_id_environment_created_at" to table: "request_logs"
DROP INDEX "requestlog_tenant_id_environment_created_at";
-- reverse: create index "requestlog_tenant_id" to table: "request_logs"
DROP INDEX "requestlog_tenant_id";
-- reverse: create index "requestlog_key_id_created_at" to table: "request_logs"
DROP INDEX "requestlog_key_id_created_at";
-- reverse: create index "requestlog_created_at" to table: "request_logs"
DROP INDEX "requestlog_created_at";
-- reverse: create "request_logs" table
DROP TABLE "request_logs";
-- reverse: create index "keyip_tenant_id" to table: "key_ips"
DROP INDEX "keyip_tenant_id";
-- reverse: create index "keyip_key_id_ip" to table: "key_ips"
DROP INDEX "keyip_key_id_ip";
-- reverse: create "key_ips" table
DROP TABLE "key_ips";
-- reverse: modify "verification_cases" table
ALTER TABLE "verification_cases" DROP COLUMN "decided_at";
-- reverse: create index "notifications_dedupe_key_key" to table: "notifications"
DROP INDEX "notifications_dedupe_key_key";
-- reverse: modify "notifications" table
ALTER TABLE "notifications" DROP COLUMN "dedupe_key";
