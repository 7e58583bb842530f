-- +goose Up
-- add column "rotation_notify_emails" to table: "api_keys"
ALTER TABLE `api_keys` ADD COLUMN `rotation_notify_emails` json NULL;
-- add column "grace_end_notified_at" to table: "api_keys"
ALTER TABLE `api_keys` ADD COLUMN `grace_end_notified_at` datetime NULL;

-- +goose Down
-- reverse: add column "grace_end_notified_at" to table: "api_keys"
ALTER TABLE `api_keys` DROP COLUMN `grace_end_notified_at`;
-- reverse: add column "rotation_notify_emails" to table: "api_keys"
ALTER TABLE `api_keys` DROP COLUMN `rotation_notify_emails`;
