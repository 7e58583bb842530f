-- +goose Up
-- add column "deleted_at" to table: "webhook_endpoints"
ALTER TABLE `webhook_endpoints` ADD COLUMN `deleted_at` datetime NULL;

-- +goose Down
-- reverse: add column "deleted_at" to table: "webhook_endpoints"
ALTER TABLE `webhook_endpoints` DROP COLUMN `deleted_at`;
