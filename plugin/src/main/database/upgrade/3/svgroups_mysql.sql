# svgroups database schema: upgrade from version 2 to version 3, for MySQL (and for MariaDB reached
# through MySQL Connector/J, which Openfire also calls "mysql").
# svgroups_mariadb.sql in this folder has the same statements (a test checks it).
# Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
# ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
# upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
# (a fresh install) too; a test checks that install = an earlier version + upgrades.
# Keep this file ASCII: Openfire reads it in the platform's default charset.

# Invitation counts: how many invitations (one per invitee) had an outcome on a day (UTC): 'sent', or
# the condition an invitation was refused with (such as 'not-friends'). countDay is the day as the number
# yyyymmdd, like shareDay. The store adds to invitations (UPDATE ... SET invitations = invitations + ?) and
# inserts the row when there is none. The primary key, led by the day, serves reads of a period.
# utf8mb4 and binary collation, as for the other tables, so that outcomes match exactly. The primary
# key is at most 4 + 32 x 4 = 132 bytes. InnoDB, because the store adds a batch in one transaction.
CREATE TABLE ofSvgInvitationCount (
  countDay              INT             NOT NULL,
  outcome               VARCHAR(32)     NOT NULL,
  invitations           BIGINT          NOT NULL,
  PRIMARY KEY (countDay, outcome)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Group activity: the last time something was said or shared in a group (a bare JID), in epoch
# milliseconds. The store keeps the later instant (UPDATE ... SET lastActive = ? WHERE groupJID = ? AND
# lastActive < ?) and inserts the row when there is none.
# utf8mb4 and binary collation, as for the other tables, so that JIDs match exactly. The primary key
# is at most 255 x 4 = 1020 bytes (InnoDB's limit is 3072). InnoDB, because the store records a batch
# in one transaction.
CREATE TABLE ofSvgGroupActivity (
  groupJID              VARCHAR(255)    NOT NULL,
  lastActive            BIGINT          NOT NULL,
  PRIMARY KEY (groupJID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Last, so that version 3 means the whole upgrade ran.
UPDATE ofVersion SET version = 3 WHERE name = 'svgroups';
