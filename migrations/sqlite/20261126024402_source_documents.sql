-- +goose Up
-- add column "sources" to table: "notifications"
ALTER TABLE `notifications` ADD COLUMN `sources` json NULL;
-- create index "notification_tenant_id_updated_at" to table: "notifications"
CREATE INDEX `notification_tenant_id_updated_at` ON `notifications` (`tenant_id`, `updated_at`);
-- create "source_documents" table
CREATE TABLE `source_documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `reception_id` integer NULL, `notification_id` integer NULL, `document_type_hint` text NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `blob_key` text NOT NULL, `status` text NOT NULL DEFAULT ('pending'), `result` json NULL, `document_type` text NULL, `error` text NULL, `attempts` integer NOT NULL DEFAULT (0), `read_at` datetime NULL, `read_ms` integer NULL, `uploaded_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `source_documents_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "source_documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("source_documents", 64424509440);
-- create index "sourcedocument_tenant_id_reception_id" to table: "source_documents"
CREATE INDEX `sourcedocument_tenant_id_reception_id` ON `source_documents` (`tenant_id`, `reception_id`);
-- create index "sourcedocument_tenant_id_notification_id" to table: "source_documents"
CREATE INDEX `sourcedocument_tenant_id_notification_id` ON `source_documents` (`tenant_id`, `notification_id`);
-- create index "sourcedocument_status" to table: "source_documents"
CREATE INDEX `sourcedocument_status` ON `source_documents` (`status`);

-- +goose Down
-- reverse: create index "sourcedocument_status" to table: "source_documents"
DROP INDEX `sourcedocument_status`;
-- reverse: create index "sourcedocument_tenant_id_notification_id" to table: "source_documents"
DROP INDEX `sourcedocument_tenant_id_notification_id`;
-- reverse: create index "sourcedocument_tenant_id_reception_id" to table: "source_documents"
DROP INDEX `sourcedocument_tenant_id_reception_id`;
-- reverse: set sequence for "source_documents" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "source_documents";
-- reverse: create "source_documents" table
DROP TABLE `source_documents`;
-- reverse: create index "notification_tenant_id_updated_at" to table: "notifications"
DROP INDEX `notification_tenant_id_updated_at`;
-- reverse: add column "sources" to table: "notifications"
ALTER TABLE `notifications` DROP COLUMN `sources`;
