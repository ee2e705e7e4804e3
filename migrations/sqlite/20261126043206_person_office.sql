-- +goose Up
-- add column "office" to table: "persons"
ALTER TABLE `persons` ADD COLUMN `office` json NULL;

-- +goose Down
-- reverse: add column "office" to table: "persons"
ALTER TABLE `persons` DROP COLUMN `office`;
