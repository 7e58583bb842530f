-- +goose Up
-- add column "rate_limit_override" to table: "tenants"
ALTER TABLE `tenants` ADD COLUMN `rate_limit_override` integer NULL;
-- add column "rate_limit_override" to table: "api_keys"
ALTER TABLE `api_keys` ADD COLUMN `rate_limit_override` integer NULL;

-- +goose Down
-- reverse: add column "rate_limit_override" to table: "api_keys"
ALTER TABLE `api_keys` DROP COLUMN `rate_limit_override`;
-- reverse: add column "rate_limit_override" to table: "tenants"
ALTER TABLE `tenants` DROP COLUMN `rate_limit_override`;
