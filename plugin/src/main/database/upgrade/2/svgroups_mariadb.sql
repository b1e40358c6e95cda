# svgroups database schema: upgrade from version 1 to version 2, for MariaDB (reached through MariaDB Connector/J).
# Same statements as svgroups_mysql.sql in this folder (a test checks it).
# Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
# ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
# upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
# (a fresh install) too; a test checks that install = version 1 + upgrades.
# Keep this file ASCII: Openfire reads it in the platform's default charset.

# Share counts: how many times an item (kind 'video' or 'product', and the app's id) was shared into a
# group on a day (UTC). shareDay is the day as the number yyyymmdd (20261125): time-zone free, the same
# type everywhere, and ordered like the days (DAY itself is a reserved word in standard SQL and HSQLDB).
# The store adds to shares (UPDATE ... SET shares = shares + ?) and inserts the row when there is none.
# The primary key, led by the day, serves reads of a period; the second index, "most shared items" over one.
# utf8mb4 and binary collation, as for the invitations, so that item ids match exactly. The primary key
# is at most 4 + 255 x 4 + 16 x 4 + 64 x 4 = 1344 bytes (InnoDB's limit is 3072). InnoDB, because the
# store adds a batch in one transaction.
CREATE TABLE ofSvgShareCount (
  shareDay              INT             NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  kind                  VARCHAR(16)     NOT NULL,
  itemId                VARCHAR(64)     NOT NULL,
  shares                BIGINT          NOT NULL,
  PRIMARY KEY (shareDay, groupJID, kind, itemId),
  INDEX ofSvgShareCount_item_idx (shareDay, kind, itemId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Last, so that version 2 means the whole upgrade ran.
UPDATE ofVersion SET version = 2 WHERE name = 'svgroups';
