-- svgroups database schema, version 3, for Oracle.
-- UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB scripts, not this one.
-- Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
-- databaseVersion 3). It ends each statement at a line ending with a semicolon, which it removes for Oracle,
-- and skips comment lines. Keep this file ASCII: Openfire reads it in the platform's default charset.
-- A database at version 1 or 2 gets the new parts from upgrade/2/svgroups_oracle.sql and
-- upgrade/3/svgroups_oracle.sql; keep them all in step.

-- Pending invitations: at most one per group and invitee. JIDs are bare JIDs; created and expires are epoch
-- milliseconds. Lengths in characters (CHAR), whatever NLS_LENGTH_SEMANTICS says; VARCHAR2 columns hold at
-- most 4000 bytes, which 1024 characters exceed only if most of them take 4 bytes. Oracle stores an empty
-- string as NULL, so an empty reason reads back as no reason.
CREATE TABLE ofSvgInvitation (
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  invitee               VARCHAR2(255 CHAR)    NOT NULL,
  inviter               VARCHAR2(255 CHAR)    NOT NULL,
  reason                VARCHAR2(1024 CHAR),
  created               NUMBER(19)            NOT NULL,
  expires               NUMBER(19)            NOT NULL,
  CONSTRAINT ofSvgInvitation_pk PRIMARY KEY (groupJID, invitee)
);
CREATE INDEX ofSvgInvitation_invitee_idx ON ofSvgInvitation (invitee);
CREATE INDEX ofSvgInvitation_inviter_idx ON ofSvgInvitation (inviter);
CREATE INDEX ofSvgInvitation_expires_idx ON ofSvgInvitation (expires);

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

-- Invitation counts: how many invitations (one per invitee) had an outcome on a day (UTC): 'sent', or
-- the condition an invitation was refused with (such as 'not-friends'). countDay is the day as the number
-- yyyymmdd, like shareDay. The store adds to invitations (UPDATE ... SET invitations = invitations + ?) and
-- inserts the row when there is none. The primary key, led by the day, serves reads of a period.
-- Lengths in characters (CHAR), whatever NLS_LENGTH_SEMANTICS says. Oracle stores an empty string as
-- NULL, so the store refuses empty outcomes on every database.
CREATE TABLE ofSvgInvitationCount (
  countDay              NUMBER(8)             NOT NULL,
  outcome               VARCHAR2(32 CHAR)     NOT NULL,
  invitations           NUMBER(19)            NOT NULL,
  CONSTRAINT ofSvgInvitationCount_pk PRIMARY KEY (countDay, outcome)
);

-- Group activity: the last time something was said or shared in a group (a bare JID), in epoch
-- milliseconds. The store keeps the later instant (UPDATE ... SET lastActive = ? WHERE groupJID = ? AND
-- lastActive < ?) and inserts the row when there is none.
-- Lengths in characters (CHAR), whatever NLS_LENGTH_SEMANTICS says. Oracle stores an empty string as
-- NULL, so the store refuses empty groups on every database.
CREATE TABLE ofSvgGroupActivity (
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  lastActive            NUMBER(19)            NOT NULL,
  CONSTRAINT ofSvgGroupActivity_pk PRIMARY KEY (groupJID)
);

-- Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 3);

commit;
