-- +goose Up
-- create "input_histories" table
CREATE TABLE `input_histories` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `value` text NOT NULL, `uses` integer NOT NULL DEFAULT (1), `last_used_at` datetime NOT NULL, `tenant_id` integer NOT NULL, CONSTRAINT `input_histories_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "input_histories" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("input_histories", 30064771072);
-- create index "inputhistory_tenant_id_kind_value" to table: "input_histories"
CREATE UNIQUE INDEX `inputhistory_tenant_id_kind_value` ON `input_histories` (`tenant_id`, `kind`, `value`);
-- create "memos" table
CREATE TABLE `memos` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `body` text NOT NULL, `tenant_id` integer NOT NULL, `author_id` integer NULL, `notification_id` integer NOT NULL, CONSTRAINT `memos_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `memos_users_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `memos_notifications_memos` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE NO ACTION);
-- set sequence for "memos" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("memos", 34359738368);
-- create "notifications" table
CREATE TABLE `notifications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL DEFAULT ('move'), `reason` text NOT NULL, `status` text NOT NULL DEFAULT ('draft'), `status_reason` text NULL, `notified_on` text NULL, `moved_on` text NULL, `planned_move_on` text NULL, `moved_date` datetime NULL, `new_address` text NULL, `new_katagaki` text NULL, `old_address` text NULL, `old_katagaki` text NULL, `destination` text NULL, `destination_katagaki` text NULL, `new_head_name` text NULL, `old_head_name` text NULL, `notifier` text NULL, `notifier_name` text NULL, `power_of_attorney` bool NOT NULL DEFAULT (false), `source_lg_code` text NULL, `remarks` text NULL, `office` json NULL, `version` integer NOT NULL DEFAULT (1), `updated_by_id` integer NULL, `completed_at` datetime NULL, `completed_by_id` integer NULL, `tenant_id` integer NOT NULL, `created_by_id` integer NULL, `reception_id` integer NULL, CONSTRAINT `notifications_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `notifications_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `notifications_receptions_notifications` FOREIGN KEY (`reception_id`) REFERENCES `receptions` (`id`) ON DELETE SET NULL);
-- set sequence for "notifications" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("notifications", 38654705664);
-- create index "notification_tenant_id_status_updated_at" to table: "notifications"
CREATE INDEX `notification_tenant_id_status_updated_at` ON `notifications` (`tenant_id`, `status`, `updated_at`);
-- create index "notification_tenant_id_moved_date" to table: "notifications"
CREATE INDEX `notification_tenant_id_moved_date` ON `notifications` (`tenant_id`, `moved_date`);
-- create index "notification_tenant_id_reason" to table: "notifications"
CREATE INDEX `notification_tenant_id_reason` ON `notifications` (`tenant_id`, `reason`);
-- create index "notification_tenant_id_source_lg_code" to table: "notifications"
CREATE INDEX `notification_tenant_id_source_lg_code` ON `notifications` (`tenant_id`, `source_lg_code`);
-- create "persons" table
CREATE TABLE `persons` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `position` integer NOT NULL, `family_name` text NULL, `given_name` text NULL, `family_name_kana` text NULL, `given_name_kana` text NULL, `romaji_name` text NULL, `common_name` text NULL, `birth_date` text NULL, `birth_day` datetime NULL, `sex` text NULL, `relationship` text NULL, `is_head_of_household` bool NOT NULL DEFAULT (false), `resident_code` text NULL, `my_number_sealed` text NULL, `nationality` text NULL, `domicile` text NULL, `domicile_head` text NULL, `residence_category` text NULL, `residence_status` text NULL, `period_of_stay` text NULL, `period_expiry` text NULL, `card_number` text NULL, `name_key` text NULL, `kana_key` text NULL, `notification_id` integer NOT NULL, `tenant_id` integer NOT NULL, CONSTRAINT `persons_notifications_persons` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE NO ACTION, CONSTRAINT `persons_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "persons" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("persons", 42949672960);
-- create index "person_notification_id_position" to table: "persons"
CREATE INDEX `person_notification_id_position` ON `persons` (`notification_id`, `position`);
-- create index "person_tenant_id_name_key" to table: "persons"
CREATE INDEX `person_tenant_id_name_key` ON `persons` (`tenant_id`, `name_key`);
-- create index "person_tenant_id_kana_key" to table: "persons"
CREATE INDEX `person_tenant_id_kana_key` ON `persons` (`tenant_id`, `kana_key`);
-- create index "person_tenant_id_birth_day" to table: "persons"
CREATE INDEX `person_tenant_id_birth_day` ON `persons` (`tenant_id`, `birth_day`);
-- create "receptions" table
CREATE TABLE `receptions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `reception_date` text NOT NULL, `number` integer NOT NULL, `confirmation_number` text NOT NULL, `department` text NOT NULL DEFAULT ('市民課'), `channel` text NOT NULL DEFAULT ('counter'), `status` text NOT NULL DEFAULT ('open'), `opened_at` datetime NOT NULL, `closed_at` datetime NULL, `steps` json NULL, `memo` text NULL, `tenant_id` integer NOT NULL, `opened_by_id` integer NULL, CONSTRAINT `receptions_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `receptions_users_opened_by` FOREIGN KEY (`opened_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "receptions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("receptions", 47244640256);
-- create index "reception_tenant_id_reception_date_number" to table: "receptions"
CREATE UNIQUE INDEX `reception_tenant_id_reception_date_number` ON `receptions` (`tenant_id`, `reception_date`, `number`);
-- create "stock_phrases" table
CREATE TABLE `stock_phrases` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `text` text NOT NULL, `position` integer NOT NULL DEFAULT (0), `tenant_id` integer NOT NULL, CONSTRAINT `stock_phrases_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "stock_phrases" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("stock_phrases", 51539607552);
-- create index "stockphrase_tenant_id_text" to table: "stock_phrases"
CREATE UNIQUE INDEX `stockphrase_tenant_id_text` ON `stock_phrases` (`tenant_id`, `text`);

-- +goose Down
-- reverse: create index "stockphrase_tenant_id_text" to table: "stock_phrases"
DROP INDEX `stockphrase_tenant_id_text`;
-- reverse: set sequence for "stock_phrases" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "stock_phrases";
-- reverse: create "stock_phrases" table
DROP TABLE `stock_phrases`;
-- reverse: create index "reception_tenant_id_reception_date_number" to table: "receptions"
DROP INDEX `reception_tenant_id_reception_date_number`;
-- reverse: set sequence for "receptions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "receptions";
-- reverse: create "receptions" table
DROP TABLE `receptions`;
-- reverse: create index "person_tenant_id_birth_day" to table: "persons"
DROP INDEX `person_tenant_id_birth_day`;
-- reverse: create index "person_tenant_id_kana_key" to table: "persons"
DROP INDEX `person_tenant_id_kana_key`;
-- reverse: create index "person_tenant_id_name_key" to table: "persons"
DROP INDEX `person_tenant_id_name_key`;
-- reverse: create index "person_notification_id_position" to table: "persons"
DROP INDEX `person_notification_id_position`;
-- reverse: set sequence for "persons" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "persons";
-- reverse: create "persons" table
DROP TABLE `persons`;
-- reverse: create index "notification_tenant_id_source_lg_code" to table: "notifications"
DROP INDEX `notification_tenant_id_source_lg_code`;
-- reverse: create index "notification_tenant_id_reason" to table: "notifications"
DROP INDEX `notification_tenant_id_reason`;
-- reverse: create index "notification_tenant_id_moved_date" to table: "notifications"
DROP INDEX `notification_tenant_id_moved_date`;
-- reverse: create index "notification_tenant_id_status_updated_at" to table: "notifications"
DROP INDEX `notification_tenant_id_status_updated_at`;
-- reverse: set sequence for "notifications" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "notifications";
-- reverse: create "notifications" table
DROP TABLE `notifications`;
-- reverse: set sequence for "memos" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "memos";
-- reverse: create "memos" table
DROP TABLE `memos`;
-- reverse: create index "inputhistory_tenant_id_kind_value" to table: "input_histories"
DROP INDEX `inputhistory_tenant_id_kind_value`;
-- reverse: set sequence for "input_histories" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "input_histories";
-- reverse: create "input_histories" table
DROP TABLE `input_histories`;
