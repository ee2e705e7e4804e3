-- +goose Up
-- create index "attachment_tenant_id_notification_id" to table: "attachments"
CREATE INDEX `attachment_tenant_id_notification_id` ON `attachments` (`tenant_id`, `notification_id`);
-- create index "attachment_tenant_id_created_at" to table: "attachments"
CREATE INDEX `attachment_tenant_id_created_at` ON `attachments` (`tenant_id`, `created_at`);
-- create index "sourcedocument_tenant_id_created_at" to table: "source_documents"
CREATE INDEX `sourcedocument_tenant_id_created_at` ON `source_documents` (`tenant_id`, `created_at`);

-- +goose Down
-- reverse: create index "sourcedocument_tenant_id_created_at" to table: "source_documents"
DROP INDEX `sourcedocument_tenant_id_created_at`;
-- reverse: create index "attachment_tenant_id_created_at" to table: "attachments"
DROP INDEX `attachment_tenant_id_created_at`;
-- reverse: create index "attachment_tenant_id_notification_id" to table: "attachments"
DROP INDEX `attachment_tenant_id_notification_id`;
