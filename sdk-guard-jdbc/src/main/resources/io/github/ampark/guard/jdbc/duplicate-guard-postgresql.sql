-- Ampark JDBC duplicate guard (sdk-guard-jdbc): one row per callback event key.
-- PostgreSQL 9.5+, also runs as is on H2, and on MySQL 8 / MariaDB without "IF NOT EXISTS" on the index.
-- Another table name: replace ampark_duplicate_guard throughout and set JdbcDuplicateGuard.builder(..).table(..).
CREATE TABLE IF NOT EXISTS ampark_duplicate_guard (
  event_key     VARCHAR(255) NOT NULL PRIMARY KEY, -- the vendor event key (keys over 200 chars: sha256:<hex>)
  state         VARCHAR(16)  NOT NULL,             -- CLAIMED (being handled) or DONE (handled)
  owner_token   VARCHAR(128) NOT NULL,             -- <node name>/<16 hex>: who claimed (or completed) it
  expires_at_ms BIGINT       NOT NULL,             -- epoch ms: end of the lease (CLAIMED) or of the retention (DONE)
  updated_at_ms BIGINT       NOT NULL              -- epoch ms of the last change (for people reading the table)
);
-- For JdbcDuplicateGuard.purgeExpired().
CREATE INDEX IF NOT EXISTS ampark_duplicate_guard_expires ON ampark_duplicate_guard (expires_at_ms);
