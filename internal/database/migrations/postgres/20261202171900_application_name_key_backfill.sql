-- +goose Up
-- Every application gets the name key the ent hook keeps from now on (its
-- name trimmed and lower-cased; names are already trimmed and unique that
-- way since 20261202170000_unique_application_names), so the unique index
-- covers the applications made before it too.
UPDATE applications SET name_key = LOWER(name) WHERE name_key IS NULL;
