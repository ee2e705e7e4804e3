-- +goose Up
-- create "address_masters" table
CREATE TABLE `address_masters` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `csv` text NOT NULL, `towns` integer NOT NULL, `imported_by_id` integer NULL, `tenant_id` integer NOT NULL, CONSTRAINT `address_masters_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "address_masters" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("address_masters", 73014444032);
-- create index "addressmaster_tenant_id" to table: "address_masters"
CREATE UNIQUE INDEX `addressmaster_tenant_id` ON `address_masters` (`tenant_id`);

-- +goose Down
-- reverse: create index "addressmaster_tenant_id" to table: "address_masters"
DROP INDEX `addressmaster_tenant_id`;
-- reverse: set sequence for "address_masters" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "address_masters";
-- reverse: create "address_masters" table
DROP TABLE `address_masters`;
