-- +goose Up
-- drop index "webhookdelivery_status_scheduled_at" from table: "webhook_deliveries"
DROP INDEX `webhookdelivery_status_scheduled_at`;
-- create index "webhookdelivery_status_scheduled_at_id_endpoint_id" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_scheduled_at_id_endpoint_id` ON `webhook_deliveries` (`status`, `scheduled_at`, `id`, `endpoint_id`);

-- +goose Down
-- reverse: create index "webhookdelivery_status_scheduled_at_id_endpoint_id" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_status_scheduled_at_id_endpoint_id`;
-- reverse: drop index "webhookdelivery_status_scheduled_at" from table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_scheduled_at` ON `webhook_deliveries` (`status`, `scheduled_at`);
