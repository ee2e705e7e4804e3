-- +goose Up
-- create "archived_documents" table
CREATE TABLE `archived_documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `version` integer NOT NULL, `profile` text NOT NULL, `required_permission` text NOT NULL, `content_type` text NOT NULL DEFAULT ('application/pdf'), `size` integer NOT NULL, `sha256` text NOT NULL, `blob_key` text NOT NULL, `archived_at` datetime NOT NULL, `tenant_id` integer NOT NULL, `notification_id` integer NOT NULL, CONSTRAINT `archived_documents_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `archived_documents_notifications_archives` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE NO ACTION);
-- set sequence for "archived_documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("archived_documents", 55834574848);
-- create index "archiveddocument_notification_id_version_profile" to table: "archived_documents"
CREATE UNIQUE INDEX `archiveddocument_notification_id_version_profile` ON `archived_documents` (`notification_id`, `version`, `profile`);
-- create "attachments" table
CREATE TABLE `attachments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `blob_key` text NOT NULL, `uploaded_by_id` integer NULL, `tenant_id` integer NOT NULL, `notification_id` integer NOT NULL, CONSTRAINT `attachments_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `attachments_notifications_attachments` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE NO ACTION);
-- set sequence for "attachments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("attachments", 60129542144);

-- +goose Down
-- reverse: set sequence for "attachments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "attachments";
-- reverse: create "attachments" table
DROP TABLE `attachments`;
-- reverse: create index "archiveddocument_notification_id_version_profile" to table: "archived_documents"
DROP INDEX `archiveddocument_notification_id_version_profile`;
-- reverse: set sequence for "archived_documents" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "archived_documents";
-- reverse: create "archived_documents" table
DROP TABLE `archived_documents`;
