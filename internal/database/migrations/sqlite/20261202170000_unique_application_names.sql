-- +goose Up
-- Application names become unique per tenant, compared trimmed and
-- case-insensitively (the next migrations add the unique index). Existing
-- names are trimmed; of each group of duplicates the oldest keeps its name
-- and the others are renamed "<name> (2)", "<name> (3)", … in the order they
-- were made. The new names are worked out before any is written, so the
-- renaming of one row cannot change the rank of another.
UPDATE applications SET name = TRIM(name) WHERE name <> TRIM(name);
CREATE TEMP TABLE application_renames AS
  SELECT a.id AS id, a.name || ' (' || ((
    SELECT COUNT(*) FROM applications b
    WHERE b.tenant_id = a.tenant_id AND LOWER(b.name) = LOWER(a.name)
      AND (b.created_at < a.created_at OR (b.created_at = a.created_at AND b.id < a.id))
  ) + 1) || ')' AS name
  FROM applications a
  WHERE EXISTS (
    SELECT 1 FROM applications b
    WHERE b.tenant_id = a.tenant_id AND LOWER(b.name) = LOWER(a.name)
      AND (b.created_at < a.created_at OR (b.created_at = a.created_at AND b.id < a.id))
  );
UPDATE applications SET name = (SELECT r.name FROM application_renames r WHERE r.id = applications.id)
  WHERE id IN (SELECT id FROM application_renames);
-- A new name may meet one that already existed (an "App (2)" made by hand):
-- such a renamed application takes the end of its id as well, which no other
-- application of the tenant has.
UPDATE applications SET name = name || ' ' || substr(id, -6)
  WHERE id IN (SELECT id FROM application_renames)
    AND EXISTS (
      SELECT 1 FROM applications b
      WHERE b.tenant_id = applications.tenant_id AND b.id <> applications.id AND LOWER(b.name) = LOWER(applications.name)
    );
DROP TABLE application_renames;
