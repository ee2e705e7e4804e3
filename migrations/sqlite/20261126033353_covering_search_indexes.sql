-- +goose Up
-- drop index "person_tenant_id_name_key" from table: "persons"
DROP INDEX `person_tenant_id_name_key`;
-- drop index "person_tenant_id_kana_key" from table: "persons"
DROP INDEX `person_tenant_id_kana_key`;
-- drop index "person_tenant_id_birth_day" from table: "persons"
DROP INDEX `person_tenant_id_birth_day`;
-- create index "person_tenant_id_name_key_notification_id" to table: "persons"
CREATE INDEX `person_tenant_id_name_key_notification_id` ON `persons` (`tenant_id`, `name_key`, `notification_id`);
-- create index "person_tenant_id_kana_key_notification_id" to table: "persons"
CREATE INDEX `person_tenant_id_kana_key_notification_id` ON `persons` (`tenant_id`, `kana_key`, `notification_id`);
-- create index "person_tenant_id_birth_day_notification_id" to table: "persons"
CREATE INDEX `person_tenant_id_birth_day_notification_id` ON `persons` (`tenant_id`, `birth_day`, `notification_id`);

-- +goose Down
-- reverse: create index "person_tenant_id_birth_day_notification_id" to table: "persons"
DROP INDEX `person_tenant_id_birth_day_notification_id`;
-- reverse: create index "person_tenant_id_kana_key_notification_id" to table: "persons"
DROP INDEX `person_tenant_id_kana_key_notification_id`;
-- reverse: create index "person_tenant_id_name_key_notification_id" to table: "persons"
DROP INDEX `person_tenant_id_name_key_notification_id`;
-- reverse: drop index "person_tenant_id_birth_day" from table: "persons"
CREATE INDEX `person_tenant_id_birth_day` ON `persons` (`tenant_id`, `birth_day`);
-- reverse: drop index "person_tenant_id_kana_key" from table: "persons"
CREATE INDEX `person_tenant_id_kana_key` ON `persons` (`tenant_id`, `kana_key`);
-- reverse: drop index "person_tenant_id_name_key" from table: "persons"
CREATE INDEX `person_tenant_id_name_key` ON `persons` (`tenant_id`, `name_key`);
