-- +goose Up
-- modify "persons" table
ALTER TABLE "persons" ADD COLUMN "office" jsonb NULL;

-- +goose Down
-- reverse: modify "persons" table
ALTER TABLE "persons" DROP COLUMN "office";
