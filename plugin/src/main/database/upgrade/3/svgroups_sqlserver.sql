/* svgroups database schema: upgrade from version 2 to version 3, for Microsoft SQL Server. */
/* UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB upgrades, not this one. */
/* Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in */
/* ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each */
/* upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql */
/* (a fresh install) too; a test checks that install = an earlier version + upgrades. */
/* Keep this file ASCII: Openfire reads it in the platform's default charset. */

/* Invitation counts: how many invitations (one per invitee) had an outcome on a day (UTC): 'sent', or */
/* the condition an invitation was refused with (such as 'not-friends'). countDay is the day as the number */
/* yyyymmdd, like shareDay. The store adds to invitations (UPDATE ... SET invitations = invitations + ?) and */
/* inserts the row when there is none. The primary key, led by the day, serves reads of a period. */
/* The outcome has a binary collation, so that outcomes match exactly, as on the other databases. */
/* The primary key is at most 4 + 32 x 2 = 68 bytes, clustered: rows of a day are stored together. */
CREATE TABLE ofSvgInvitationCount (
  countDay              INT             NOT NULL,
  outcome               NVARCHAR(32)    COLLATE Latin1_General_100_BIN2 NOT NULL,
  invitations           BIGINT          NOT NULL,
  CONSTRAINT ofSvgInvitationCount_pk PRIMARY KEY CLUSTERED (countDay, outcome)
);

/* Group activity: the last time something was said or shared in a group (a bare JID), in epoch */
/* milliseconds. The store keeps the later instant (UPDATE ... SET lastActive = ? WHERE groupJID = ? AND */
/* lastActive < ?) and inserts the row when there is none. */
/* With the default, case-insensitive collation, JIDs match case-insensitively (harmless: Openfire's */
/* bare JIDs are lower case, as in ofSvgInvitation). The primary key is at most 255 x 2 = 510 bytes, */
/* so it can be clustered (limit 900). */
CREATE TABLE ofSvgGroupActivity (
  groupJID              NVARCHAR(255)   NOT NULL,
  lastActive            BIGINT          NOT NULL,
  CONSTRAINT ofSvgGroupActivity_pk PRIMARY KEY CLUSTERED (groupJID)
);

/* Last, so that version 3 means the whole upgrade ran. */
UPDATE ofVersion SET version = 3 WHERE name = 'svgroups';
