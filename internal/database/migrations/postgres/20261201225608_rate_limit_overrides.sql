-- +goose Up
-- modify "api_keys" table
ALTER TABLE "api_keys" ADD COLUMN "rate_limit_override" bigint NULL;
-- modify "tenants" table
ALTER TABLE "tenants" ADD COLUMN "rate_limit_override" bigint NULL;

-- +goose Down
-- reverse: modify "tenants" table
ALTER TABLE "tenants" DROP COLUMN "rate_limit_override";
-- reverse: modify "api_keys" table
ALTER TABLE "api_keys" DROP COLUMN "rate_limit_override";
