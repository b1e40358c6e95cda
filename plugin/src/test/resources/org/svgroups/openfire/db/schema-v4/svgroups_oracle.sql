-- svgroups database schema, version 4, for Oracle.
-- UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB scripts, not this one.
-- Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
-- databaseVersion 4). It ends each statement at a line ending with a semicolon, which it removes for Oracle,
-- and skips comment lines. Keep this file ASCII: Openfire reads it in the platform's default charset.
-- A database at version 1, 2 or 3 gets the new parts from upgrade/2/, upgrade/3/ and
-- upgrade/4/svgroups_oracle.sql; keep them all in step.

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

-- Group archives: every message a group delivered, as delivered (serialized XML; encrypted payloads as they
-- are), for XEP-0313. orderKey is the delivery time in epoch milliseconds times 1000 plus a counter within the
-- millisecond: unique and increasing, so that the primary key, led by the group, serves every page of a group's
-- history and its time filters (sentAt = orderKey / 1000, in epoch milliseconds). stanzaId is the XEP-0359
-- stanza-id the group stamped on the message, the MAM id clients see; the second index finds it. The third
-- serves the retention purge, which deletes by age across groups.
-- Lengths in characters (CHAR), whatever NLS_LENGTH_SEMANTICS says.
CREATE TABLE ofSvgArchive (
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  orderKey              NUMBER(19)            NOT NULL,
  stanzaId              VARCHAR2(255 CHAR)    NOT NULL,
  sentAt                NUMBER(19)            NOT NULL,
  senderJID             VARCHAR2(255 CHAR)    NOT NULL,
  nickname              VARCHAR2(1024 CHAR)   NOT NULL,
  stanza                CLOB                  NOT NULL,
  CONSTRAINT ofSvgArchive_pk PRIMARY KEY (groupJID, orderKey)
);
CREATE UNIQUE INDEX ofSvgArchive_id_idx ON ofSvgArchive (groupJID, stanzaId);
CREATE INDEX ofSvgArchive_sent_idx ON ofSvgArchive (sentAt);

-- Member since: when each person became an owner, admin or member of a group (epoch milliseconds), so that
-- the archive serves them what was said from then on. JIDs are bare JIDs.
CREATE TABLE ofSvgMemberSince (
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  userJID               VARCHAR2(255 CHAR)    NOT NULL,
  memberSince           NUMBER(19)            NOT NULL,
  CONSTRAINT ofSvgMemberSince_pk PRIMARY KEY (groupJID, userJID)
);

-- Bookmarks svgroups has put into a user's storage:bookmarks, so that a removal finds them even after the group
-- is gone.
CREATE TABLE ofSvgBookmark (
  userJID               VARCHAR2(255 CHAR)    NOT NULL,
  groupJID              VARCHAR2(255 CHAR)    NOT NULL,
  CONSTRAINT ofSvgBookmark_pk PRIMARY KEY (userJID, groupJID)
);
CREATE INDEX ofSvgBookmark_group_idx ON ofSvgBookmark (groupJID);

-- Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 4);

commit;
