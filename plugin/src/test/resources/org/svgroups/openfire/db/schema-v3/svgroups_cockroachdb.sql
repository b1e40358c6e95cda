-- svgroups database schema, version 3, for CockroachDB (reached through the PostgreSQL JDBC driver).
-- UNTESTED: the same statements as svgroups_postgresql.sql, which the build runs against PostgreSQL.
-- Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
-- databaseVersion 3). It ends each statement at a line ending with a semicolon and skips comment lines.
-- Keep this file ASCII: Openfire reads it in the platform's default charset.
-- A database at version 1 or 2 gets the new parts from upgrade/2/svgroups_cockroachdb.sql and
-- upgrade/3/svgroups_cockroachdb.sql; keep them all in step.

-- Pending invitations: at most one per group and invitee. JIDs are bare JIDs; created and expires are epoch
-- milliseconds.
CREATE TABLE ofSvgInvitation (
  groupJID              VARCHAR(255)    NOT NULL,
  invitee               VARCHAR(255)    NOT NULL,
  inviter               VARCHAR(255)    NOT NULL,
  reason                VARCHAR(1024),
  created               BIGINT          NOT NULL,
  expires               BIGINT          NOT NULL,
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
CREATE TABLE ofSvgShareCount (
  shareDay              INTEGER         NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  kind                  VARCHAR(16)     NOT NULL,
  itemId                VARCHAR(64)     NOT NULL,
  shares                BIGINT          NOT NULL,
  CONSTRAINT ofSvgShareCount_pk PRIMARY KEY (shareDay, groupJID, kind, itemId)
);
CREATE INDEX ofSvgShareCount_item_idx ON ofSvgShareCount (shareDay, kind, itemId);

-- Invitation counts: how many invitations (one per invitee) had an outcome on a day (UTC): 'sent', or
-- the condition an invitation was refused with (such as 'not-friends'). countDay is the day as the number
-- yyyymmdd, like shareDay. The store adds to invitations (UPDATE ... SET invitations = invitations + ?) and
-- inserts the row when there is none. The primary key, led by the day, serves reads of a period.
CREATE TABLE ofSvgInvitationCount (
  countDay              INTEGER         NOT NULL,
  outcome               VARCHAR(32)     NOT NULL,
  invitations           BIGINT          NOT NULL,
  CONSTRAINT ofSvgInvitationCount_pk PRIMARY KEY (countDay, outcome)
);

-- Group activity: the last time something was said or shared in a group (a bare JID), in epoch
-- milliseconds. The store keeps the later instant (UPDATE ... SET lastActive = ? WHERE groupJID = ? AND
-- lastActive < ?) and inserts the row when there is none.
CREATE TABLE ofSvgGroupActivity (
  groupJID              VARCHAR(255)    NOT NULL,
  lastActive            BIGINT          NOT NULL,
  CONSTRAINT ofSvgGroupActivity_pk PRIMARY KEY (groupJID)
);

-- Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 3);
