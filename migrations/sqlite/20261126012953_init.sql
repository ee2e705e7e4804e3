-- +goose Up
-- create "api_tokens" table
CREATE TABLE `api_tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `prefix` text NOT NULL, `token_hash` text NOT NULL, `permissions` json NOT NULL, `expires_at` datetime NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `tenant_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `api_tokens_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `api_tokens_users_api_tokens` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "api_tokens_token_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_token_hash_key` ON `api_tokens` (`token_hash`);
-- create "audit_events" table
CREATE TABLE `audit_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `seq` integer NOT NULL, `occurred_at` datetime NOT NULL, `tenant_id` integer NULL, `actor_id` integer NULL, `actor_login` text NULL, `operation` text NOT NULL, `object_type` text NULL, `object_ids` json NULL, `result` text NOT NULL, `detail` text NULL, `client_addr` text NULL, `request_id` text NULL, `prev_hash` text NOT NULL, `hash` text NOT NULL);
-- set sequence for "audit_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("audit_events", 4294967296);
-- create index "audit_events_seq_key" to table: "audit_events"
CREATE UNIQUE INDEX `audit_events_seq_key` ON `audit_events` (`seq`);
-- create index "auditevent_tenant_id_occurred_at" to table: "audit_events"
CREATE INDEX `auditevent_tenant_id_occurred_at` ON `audit_events` (`tenant_id`, `occurred_at`);
-- create index "auditevent_actor_id" to table: "audit_events"
CREATE INDEX `auditevent_actor_id` ON `audit_events` (`actor_id`);
-- create "groups" table
CREATE TABLE `groups` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `tenant_id` integer NOT NULL, CONSTRAINT `groups_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "groups" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("groups", 8589934592);
-- create index "group_tenant_id_name" to table: "groups"
CREATE UNIQUE INDEX `group_tenant_id_name` ON `groups` (`tenant_id`, `name`);
-- create "role_assignments" table
CREATE TABLE `role_assignments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `group_id` integer NULL, `tenant_id` integer NOT NULL, `user_id` integer NULL, CONSTRAINT `role_assignments_groups_role_assignments` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL, CONSTRAINT `role_assignments_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `role_assignments_users_role_assignments` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "role_assignments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("role_assignments", 12884901888);
-- create index "roleassignment_tenant_id_user_id_role" to table: "role_assignments"
CREATE INDEX `roleassignment_tenant_id_user_id_role` ON `role_assignments` (`tenant_id`, `user_id`, `role`);
-- create index "roleassignment_tenant_id_group_id_role" to table: "role_assignments"
CREATE INDEX `roleassignment_tenant_id_group_id_role` ON `role_assignments` (`tenant_id`, `group_id`, `role`);
-- create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `token_hash` text NOT NULL, `csrf_token` text NOT NULL, `last_seen_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `client_addr` text NULL, `user_agent` text NULL, `tenant_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `sessions_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 17179869184);
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- create index "session_expires_at" to table: "sessions"
CREATE INDEX `session_expires_at` ON `sessions` (`expires_at`);
-- create "tenants" table
CREATE TABLE `tenants` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `lg_code` text NOT NULL, `name` text NOT NULL, `name_kana` text NULL, `settings` json NULL);
-- set sequence for "tenants" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tenants", 21474836480);
-- create index "tenants_lg_code_key" to table: "tenants"
CREATE UNIQUE INDEX `tenants_lg_code_key` ON `tenants` (`lg_code`);
-- create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `login_id` text NOT NULL, `display_name` text NOT NULL, `password_hash` text NOT NULL, `password_changed_at` datetime NULL, `must_change_password` bool NOT NULL DEFAULT (false), `disabled` bool NOT NULL DEFAULT (false), `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `last_login_at` datetime NULL, `tenant_id` integer NOT NULL, CONSTRAINT `users_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 25769803776);
-- create index "user_tenant_id_login_id" to table: "users"
CREATE UNIQUE INDEX `user_tenant_id_login_id` ON `users` (`tenant_id`, `login_id`);
-- create "group_members" table
CREATE TABLE `group_members` (`group_id` integer NOT NULL, `user_id` integer NOT NULL, PRIMARY KEY (`group_id`, `user_id`), CONSTRAINT `group_members_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE, CONSTRAINT `group_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);

-- +goose Down
-- reverse: create "group_members" table
DROP TABLE `group_members`;
-- reverse: create index "user_tenant_id_login_id" to table: "users"
DROP INDEX `user_tenant_id_login_id`;
-- reverse: set sequence for "users" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "users";
-- reverse: create "users" table
DROP TABLE `users`;
-- reverse: create index "tenants_lg_code_key" to table: "tenants"
DROP INDEX `tenants_lg_code_key`;
-- reverse: set sequence for "tenants" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "tenants";
-- reverse: create "tenants" table
DROP TABLE `tenants`;
-- reverse: create index "session_expires_at" to table: "sessions"
DROP INDEX `session_expires_at`;
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX `sessions_token_hash_key`;
-- reverse: set sequence for "sessions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "sessions";
-- reverse: create "sessions" table
DROP TABLE `sessions`;
-- reverse: create index "roleassignment_tenant_id_group_id_role" to table: "role_assignments"
DROP INDEX `roleassignment_tenant_id_group_id_role`;
-- reverse: create index "roleassignment_tenant_id_user_id_role" to table: "role_assignments"
DROP INDEX `roleassignment_tenant_id_user_id_role`;
-- reverse: set sequence for "role_assignments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "role_assignments";
-- reverse: create "role_assignments" table
DROP TABLE `role_assignments`;
-- reverse: create index "group_tenant_id_name" to table: "groups"
DROP INDEX `group_tenant_id_name`;
-- reverse: set sequence for "groups" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "groups";
-- reverse: create "groups" table
DROP TABLE `groups`;
-- reverse: create index "auditevent_actor_id" to table: "audit_events"
DROP INDEX `auditevent_actor_id`;
-- reverse: create index "auditevent_tenant_id_occurred_at" to table: "audit_events"
DROP INDEX `auditevent_tenant_id_occurred_at`;
-- reverse: create index "audit_events_seq_key" to table: "audit_events"
DROP INDEX `audit_events_seq_key`;
-- reverse: set sequence for "audit_events" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "audit_events";
-- reverse: create "audit_events" table
DROP TABLE `audit_events`;
-- reverse: create index "api_tokens_token_hash_key" to table: "api_tokens"
DROP INDEX `api_tokens_token_hash_key`;
-- reverse: create "api_tokens" table
DROP TABLE `api_tokens`;
