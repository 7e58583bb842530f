-- +goose Up
-- create "events" table
CREATE TABLE `events` (`id` text NOT NULL, `environment` text NOT NULL, `type` text NOT NULL, `payload` json NOT NULL, `created_at` datetime NOT NULL, `fanned_out_at` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `events_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "event_tenant_id" to table: "events"
CREATE INDEX `event_tenant_id` ON `events` (`tenant_id`);
-- create index "event_tenant_id_environment_created_at" to table: "events"
CREATE INDEX `event_tenant_id_environment_created_at` ON `events` (`tenant_id`, `environment`, `created_at`);
-- create index "event_fanned_out_at" to table: "events"
CREATE INDEX `event_fanned_out_at` ON `events` (`fanned_out_at`);
-- create "notifications" table
CREATE TABLE `notifications` (`id` text NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `body` text NOT NULL, `target_id` text NULL, `read_at` datetime NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `notifications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "notification_tenant_id" to table: "notifications"
CREATE INDEX `notification_tenant_id` ON `notifications` (`tenant_id`);
-- create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` text NOT NULL, `environment` text NOT NULL, `event_id` text NOT NULL, `event_type` text NOT NULL, `attempt` integer NOT NULL, `trigger` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `scheduled_at` datetime NOT NULL, `lease_until` datetime NULL, `attempted_at` datetime NULL, `request_headers` json NULL, `request_body` text NULL, `response_status` integer NULL, `response_excerpt` text NULL, `duration_ms` integer NULL, `error_message` text NULL, `next_retry_at` datetime NULL, `created_at` datetime NOT NULL, `tenant_id` text NOT NULL, `endpoint_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `webhook_deliveries_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `webhook_deliveries_webhook_endpoints_endpoint` FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints` (`id`) ON DELETE NO ACTION);
-- create index "webhookdelivery_tenant_id" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_tenant_id` ON `webhook_deliveries` (`tenant_id`);
-- create index "webhookdelivery_status_scheduled_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_scheduled_at` ON `webhook_deliveries` (`status`, `scheduled_at`);
-- create index "webhookdelivery_endpoint_id_created_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_endpoint_id_created_at` ON `webhook_deliveries` (`endpoint_id`, `created_at`);
-- create index "webhookdelivery_event_id" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_event_id` ON `webhook_deliveries` (`event_id`);
-- create "webhook_endpoints" table
CREATE TABLE `webhook_endpoints` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `environment` text NOT NULL, `url` text NOT NULL, `description` text NULL, `event_types` json NULL, `status` text NOT NULL DEFAULT ('ENABLED'), `disabled_reason` text NULL, `secret_ciphertext` blob NOT NULL, `previous_secret_ciphertext` blob NULL, `previous_secret_expires_at` datetime NULL, `failing_since` datetime NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `webhook_endpoints_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "webhookendpoint_tenant_id" to table: "webhook_endpoints"
CREATE INDEX `webhookendpoint_tenant_id` ON `webhook_endpoints` (`tenant_id`);

-- +goose Down
-- reverse: create index "webhookendpoint_tenant_id" to table: "webhook_endpoints"
DROP INDEX `webhookendpoint_tenant_id`;
-- reverse: create "webhook_endpoints" table
DROP TABLE `webhook_endpoints`;
-- reverse: create index "webhookdelivery_event_id" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_event_id`;
-- reverse: create index "webhookdelivery_endpoint_id_created_at" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_endpoint_id_created_at`;
-- reverse: create index "webhookdelivery_status_scheduled_at" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_status_scheduled_at`;
-- reverse: create index "webhookdelivery_tenant_id" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_tenant_id`;
-- reverse: create "webhook_deliveries" table
DROP TABLE `webhook_deliveries`;
-- reverse: create index "notification_tenant_id" to table: "notifications"
DROP INDEX `notification_tenant_id`;
-- reverse: create "notifications" table
DROP TABLE `notifications`;
-- reverse: create index "event_fanned_out_at" to table: "events"
DROP INDEX `event_fanned_out_at`;
-- reverse: create index "event_tenant_id_environment_created_at" to table: "events"
DROP INDEX `event_tenant_id_environment_created_at`;
-- reverse: create index "event_tenant_id" to table: "events"
DROP INDEX `event_tenant_id`;
-- reverse: create "events" table
DROP TABLE `events`;
