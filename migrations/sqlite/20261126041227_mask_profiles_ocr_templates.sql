-- +goose Up
-- create "mask_profiles" table
CREATE TABLE `mask_profiles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `name` text NOT NULL, `fields` json NOT NULL, `required_permission` text NOT NULL, `active` bool NOT NULL DEFAULT (true), `position` integer NOT NULL DEFAULT (0), `tenant_id` integer NOT NULL, CONSTRAINT `mask_profiles_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "mask_profiles" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("mask_profiles", 77309411328);
-- create index "maskprofile_tenant_id_key" to table: "mask_profiles"
CREATE UNIQUE INDEX `maskprofile_tenant_id_key` ON `mask_profiles` (`tenant_id`, `key`);
-- create "ocr_templates" table
CREATE TABLE `ocr_templates` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `template_id` text NOT NULL, `version` integer NOT NULL, `document_type` text NOT NULL, `name` text NOT NULL, `definition` text NOT NULL, `created_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `ocr_templates_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "ocr_templates" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("ocr_templates", 81604378624);
-- create index "ocrtemplate_tenant_id_template_id_version" to table: "ocr_templates"
CREATE UNIQUE INDEX `ocrtemplate_tenant_id_template_id_version` ON `ocr_templates` (`tenant_id`, `template_id`, `version`);

-- +goose Down
-- reverse: create index "ocrtemplate_tenant_id_template_id_version" to table: "ocr_templates"
DROP INDEX `ocrtemplate_tenant_id_template_id_version`;
-- reverse: set sequence for "ocr_templates" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "ocr_templates";
-- reverse: create "ocr_templates" table
DROP TABLE `ocr_templates`;
-- reverse: create index "maskprofile_tenant_id_key" to table: "mask_profiles"
DROP INDEX `maskprofile_tenant_id_key`;
-- reverse: set sequence for "mask_profiles" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "mask_profiles";
-- reverse: create "mask_profiles" table
DROP TABLE `mask_profiles`;
