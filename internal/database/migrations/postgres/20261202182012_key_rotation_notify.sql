-- +goose Up
-- modify "api_keys" table
ALTER TABLE "api_keys" ADD COLUMN "rotation_notify_emails" jsonb NULL, ADD COLUMN "grace_end_notified_at" timestamptz NULL;

-- +goose Down
-- reverse: modify "api_keys" table
ALTER TABLE "api_keys" DROP COLUMN "grace_end_notified_at", DROP COLUMN "rotation_notify_emails";
