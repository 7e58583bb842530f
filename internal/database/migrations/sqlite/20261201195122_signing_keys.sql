-- +goose Up
-- create "signing_keys" table
CREATE TABLE `signing_keys` (`id` text NOT NULL, `kid` text NOT NULL, `public_key` blob NOT NULL, `created_at` datetime NOT NULL, `retired_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "signing_keys_kid_key" to table: "signing_keys"
CREATE UNIQUE INDEX `signing_keys_kid_key` ON `signing_keys` (`kid`);

-- +goose Down
-- reverse: create index "signing_keys_kid_key" to table: "signing_keys"
DROP INDEX `signing_keys_kid_key`;
-- reverse: create "signing_keys" table
DROP TABLE `signing_keys`;
