-- +goose Up
-- create "form_layouts" table
CREATE TABLE `form_layouts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `version` integer NOT NULL, `name` text NOT NULL, `definition` text NOT NULL, `active` bool NOT NULL DEFAULT (true), `created_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `form_layouts_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "form_layouts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("form_layouts", 68719476736);
-- create index "formlayout_tenant_id_kind_version" to table: "form_layouts"
CREATE UNIQUE INDEX `formlayout_tenant_id_kind_version` ON `form_layouts` (`tenant_id`, `kind`, `version`);

-- +goose Down
-- reverse: create index "formlayout_tenant_id_kind_version" to table: "form_layouts"
DROP INDEX `formlayout_tenant_id_kind_version`;
-- reverse: set sequence for "form_layouts" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "form_layouts";
-- reverse: create "form_layouts" table
DROP TABLE `form_layouts`;
