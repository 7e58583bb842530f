-- +goose Up
-- modify "request_logs" table
ALTER TABLE "request_logs" ADD COLUMN "request_body" text NULL, ADD COLUMN "request_body_truncated" boolean NOT NULL DEFAULT false, ADD COLUMN "response_body" text NULL, ADD COLUMN "response_body_truncated" boolean NOT NULL DEFAULT false;
-- create index "requestlog_tenant_id_request_id" to table: "request_logs"
CREATE INDEX "requestlog_tenant_id_request_id" ON "request_logs" ("tenant_id", "request_id");

-- +goose Down
-- reverse: create index "requestlog_tenant_id_request_id" to table: "request_logs"
DROP INDEX "requestlog_tenant_id_request_id";
-- reverse: modify "request_logs" table
ALTER TABLE "request_logs" DROP COLUMN "response_body_truncated", DROP COLUMN "response_body", DROP COLUMN "request_body_truncated", DROP COLUMN "request_body";
