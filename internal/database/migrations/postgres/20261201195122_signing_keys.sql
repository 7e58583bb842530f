-- +goose Up
-- create "signing_keys" table
CREATE TABLE "signing_keys" ("id" character varying NOT NULL, "kid" character varying NOT NULL, "public_key" bytea NOT NULL, "created_at" timestamptz NOT NULL, "retired_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "signing_keys_kid_key" to table: "signing_keys"
CREATE UNIQUE INDEX "signing_keys_kid_key" ON "signing_keys" ("kid");

-- +goose Down
-- reverse: create index "signing_keys_kid_key" to table: "signing_keys"
DROP INDEX "signing_keys_kid_key";
-- reverse: create "signing_keys" table
DROP TABLE "signing_keys";
