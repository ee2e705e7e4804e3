-- +goose Up
-- drop index "person_tenant_id_kana_key_notification_id" from table: "persons"
DROP INDEX "person_tenant_id_kana_key_notification_id";
-- drop index "person_tenant_id_name_key_notification_id" from table: "persons"
DROP INDEX "person_tenant_id_name_key_notification_id";
-- create index "person_tenant_id_kana_key_notification_id" to table: "persons"
CREATE INDEX "person_tenant_id_kana_key_notification_id" ON "persons" ("tenant_id", "kana_key" text_pattern_ops, "notification_id");
-- create index "person_tenant_id_name_key_notification_id" to table: "persons"
CREATE INDEX "person_tenant_id_name_key_notification_id" ON "persons" ("tenant_id", "name_key" text_pattern_ops, "notification_id");

-- +goose Down
-- reverse: create index "person_tenant_id_name_key_notification_id" to table: "persons"
DROP INDEX "person_tenant_id_name_key_notification_id";
-- reverse: create index "person_tenant_id_kana_key_notification_id" to table: "persons"
DROP INDEX "person_tenant_id_kana_key_notification_id";
-- reverse: drop index "person_tenant_id_name_key_notification_id" from table: "persons"
CREATE INDEX "person_tenant_id_name_key_notification_id" ON "persons" ("tenant_id", "name_key", "notification_id");
-- reverse: drop index "person_tenant_id_kana_key_notification_id" from table: "persons"
CREATE INDEX "person_tenant_id_kana_key_notification_id" ON "persons" ("tenant_id", "kana_key", "notification_id");
