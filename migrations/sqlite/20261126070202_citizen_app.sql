-- +goose Up
-- create "access_counts" table
CREATE TABLE `access_counts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `day` text NOT NULL, `event` text NOT NULL, `channel` text NOT NULL, `count` integer NOT NULL DEFAULT (0), `tenant_id` integer NOT NULL, CONSTRAINT `access_counts_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "access_counts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("access_counts", 85899345920);
-- create index "accesscount_tenant_id_day_event_channel" to table: "access_counts"
CREATE UNIQUE INDEX `accesscount_tenant_id_day_event_channel` ON `access_counts` (`tenant_id`, `day`, `event`, `channel`);
-- create "citizen_keys" table
CREATE TABLE `citizen_keys` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key_id` integer NOT NULL, `public_key` blob NOT NULL, `private_key` blob NOT NULL, `expires_at` datetime NOT NULL, `retired_at` datetime NULL, `created_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `citizen_keys_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "citizen_keys" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("citizen_keys", 90194313216);
-- create index "citizenkey_tenant_id_key_id" to table: "citizen_keys"
CREATE UNIQUE INDEX `citizenkey_tenant_id_key_id` ON `citizen_keys` (`tenant_id`, `key_id`);
-- create "citizen_sites" table
CREATE TABLE `citizen_sites` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `color` text NOT NULL DEFAULT ('blue'), `emblem` blob NULL, `emblem_type` text NULL, `image` blob NULL, `image_type` text NULL, `welcome_ja` text NULL, `welcome_en` text NULL, `idle_minutes` integer NOT NULL DEFAULT (10), `code_valid_days` integer NOT NULL DEFAULT (30), `liff_id` text NULL, `line_login_channel_id` text NULL, `line_channel_secret` blob NULL, `line_channel_token` blob NULL, `counters` text NULL, `glossary` text NULL, `tenant_id` integer NOT NULL, CONSTRAINT `citizen_sites_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "citizen_sites" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("citizen_sites", 94489280512);
-- create index "citizensite_tenant_id" to table: "citizen_sites"
CREATE UNIQUE INDEX `citizensite_tenant_id` ON `citizen_sites` (`tenant_id`);
-- create "navigation_flows" table
CREATE TABLE `navigation_flows` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `flow_id` text NOT NULL, `definition` text NOT NULL, `updated_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `navigation_flows_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "navigation_flows" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("navigation_flows", 98784247808);
-- create index "navigationflow_tenant_id_flow_id" to table: "navigation_flows"
CREATE UNIQUE INDEX `navigationflow_tenant_id_flow_id` ON `navigation_flows` (`tenant_id`, `flow_id`);

-- +goose Down
-- reverse: create index "navigationflow_tenant_id_flow_id" to table: "navigation_flows"
DROP INDEX `navigationflow_tenant_id_flow_id`;
-- reverse: set sequence for "navigation_flows" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "navigation_flows";
-- reverse: create "navigation_flows" table
DROP TABLE `navigation_flows`;
-- reverse: create index "citizensite_tenant_id" to table: "citizen_sites"
DROP INDEX `citizensite_tenant_id`;
-- reverse: set sequence for "citizen_sites" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "citizen_sites";
-- reverse: create "citizen_sites" table
DROP TABLE `citizen_sites`;
-- reverse: create index "citizenkey_tenant_id_key_id" to table: "citizen_keys"
DROP INDEX `citizenkey_tenant_id_key_id`;
-- reverse: set sequence for "citizen_keys" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "citizen_keys";
-- reverse: create "citizen_keys" table
DROP TABLE `citizen_keys`;
-- reverse: create index "accesscount_tenant_id_day_event_channel" to table: "access_counts"
DROP INDEX `accesscount_tenant_id_day_event_channel`;
-- reverse: set sequence for "access_counts" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "access_counts";
-- reverse: create "access_counts" table
DROP TABLE `access_counts`;
