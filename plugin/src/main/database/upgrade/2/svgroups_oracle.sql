-- svgroups database schema: upgrade from version 1 to version 2, for Oracle.
-- UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB upgrades, not this one.
-- Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
-- ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
-- upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
-- (a fresh install) too; a test checks that install = version 1 + upgrades.
-- Openfire removes each statement's last character (the semicolon) for Oracle.
-- Keep this file ASCII: Openfire reads it in the platform's default charset.

-- Share counts: how many times an item (kind 'video' or 'product', and the app's id) was shared into a
-- group on a day (UTC). shareDay is the day as the number yyyymmdd (20261125): time-zone free, the same
-- type everywhere, and ordered like the days (DAY itself is a reserved word in standard SQL and HSQLDB).
-- The store adds to shares (UPDATE ... SET shares = shares + ?) and inserts the row when there is none.
-- The primary key, led by the day, serves reads of a period; the second index, "most shared items" over one.
-- Lengths in characters (CHAR), whatever NLS_LENGTH_SEMANTICS says. Oracle stores an empty string as
-- NULL, so the store refuses empty groups and item ids on every database.
CREATE TABLE ofSvgShareCount (
  shareDay              NUMBER(8)             NOT NULL,
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  kind                  VARCHAR2(16 CHAR)     NOT NULL,
  itemId                VARCHAR2(64 CHAR)     NOT NULL,
  shares                NUMBER(19)            NOT NULL,
  CONSTRAINT ofSvgShareCount_pk PRIMARY KEY (shareDay, groupJID, kind, itemId)
);
CREATE INDEX ofSvgShareCount_item_idx ON ofSvgShareCount (shareDay, kind, itemId);

-- Last, so that version 2 means the whole upgrade ran.
UPDATE ofVersion SET version = 2 WHERE name = 'svgroups';

commit;
