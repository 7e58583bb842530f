-- +goose Up
-- modify "webhook_endpoints" table
ALTER TABLE "webhook_endpoints" ADD COLUMN "deleted_at" timestamptz NULL;

-- +goose Down
-- reverse: modify "webhook_endpoints" table
ALTER TABLE "webhook_endpoints" DROP COLUMN "deleted_at";
