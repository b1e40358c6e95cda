// svgroups database schema, version 4, for HSQLDB (Openfire's embedded database).
// Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
// databaseVersion 4). It ends each statement at a line ending with a semicolon and skips comment lines.
// Keep this file ASCII: Openfire reads it in the platform's default charset.
// A database at version 1, 2 or 3 gets the new parts from upgrade/2/, upgrade/3/ and
// upgrade/4/svgroups_hsqldb.sql; keep them all in step.

// Pending invitations: at most one per group and invitee. JIDs are bare JIDs; created and expires are epoch
// milliseconds.
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

// Share counts: how many times an item (kind 'video' or 'product', and the app's id) was shared into a
// group on a day (UTC). shareDay is the day as the number yyyymmdd (20261125): time-zone free, the same
// type everywhere, and ordered like the days (DAY itself is a reserved word in standard SQL and HSQLDB).
// The store adds to shares (UPDATE ... SET shares = shares + ?) and inserts the row when there is none.
// The primary key, led by the day, serves reads of a period; the second index, "most shared items" over one.
CREATE TABLE ofSvgShareCount (
  shareDay              INTEGER         NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  kind                  VARCHAR(16)     NOT NULL,
  itemId                VARCHAR(64)     NOT NULL,
  shares                BIGINT          NOT NULL,
  CONSTRAINT ofSvgShareCount_pk PRIMARY KEY (shareDay, groupJID, kind, itemId)
);
CREATE INDEX ofSvgShareCount_item_idx ON ofSvgShareCount (shareDay, kind, itemId);

// Invitation counts: how many invitations (one per invitee) had an outcome on a day (UTC): 'sent', or
// the condition an invitation was refused with (such as 'not-friends'). countDay is the day as the number
// yyyymmdd, like shareDay. The store adds to invitations (UPDATE ... SET invitations = invitations + ?) and
// inserts the row when there is none. The primary key, led by the day, serves reads of a period.
CREATE TABLE ofSvgInvitationCount (
  countDay              INTEGER         NOT NULL,
  outcome               VARCHAR(32)     NOT NULL,
  invitations           BIGINT          NOT NULL,
  CONSTRAINT ofSvgInvitationCount_pk PRIMARY KEY (countDay, outcome)
);

// Group activity: the last time something was said or shared in a group (a bare JID), in epoch
// milliseconds. The store keeps the later instant (UPDATE ... SET lastActive = ? WHERE groupJID = ? AND
// lastActive < ?) and inserts the row when there is none.
CREATE TABLE ofSvgGroupActivity (
  groupJID              VARCHAR(255)    NOT NULL,
  lastActive            BIGINT          NOT NULL,
  CONSTRAINT ofSvgGroupActivity_pk PRIMARY KEY (groupJID)
);

// Group archives: every message a group delivered, as delivered (serialized XML; encrypted payloads as they
// are), for XEP-0313. orderKey is the delivery time in epoch milliseconds times 1000 plus a counter within the
// millisecond: unique and increasing, so that the primary key, led by the group, serves every page of a group's
// history and its time filters (sentAt = orderKey / 1000, in epoch milliseconds). stanzaId is the XEP-0359
// stanza-id the group stamped on the message, the MAM id clients see; the second index finds it. The third
// serves the retention purge, which deletes by age across groups. The stanza is a LONGVARCHAR (stored in the
// row, like Openfire's ofMucConversationLog), not a CLOB: HSQLDB gives every CLOB its own 32 KB block.
CREATE TABLE ofSvgArchive (
  groupJID              VARCHAR(255)    NOT NULL,
  orderKey              BIGINT          NOT NULL,
  stanzaId              VARCHAR(255)    NOT NULL,
  sentAt                BIGINT          NOT NULL,
  senderJID             VARCHAR(255)    NOT NULL,
  nickname              VARCHAR(1024)   NOT NULL,
  stanza                LONGVARCHAR     NOT NULL,
  CONSTRAINT ofSvgArchive_pk PRIMARY KEY (groupJID, orderKey)
);
CREATE UNIQUE INDEX ofSvgArchive_id_idx ON ofSvgArchive (groupJID, stanzaId);
CREATE INDEX ofSvgArchive_sent_idx ON ofSvgArchive (sentAt);

// Member since: when each person became an owner, admin or member of a group (epoch milliseconds), so that
// the archive serves them what was said from then on. JIDs are bare JIDs.
CREATE TABLE ofSvgMemberSince (
  groupJID              VARCHAR(255)    NOT NULL,
  userJID               VARCHAR(255)    NOT NULL,
  memberSince           BIGINT          NOT NULL,
  CONSTRAINT ofSvgMemberSince_pk PRIMARY KEY (groupJID, userJID)
);

// Bookmarks svgroups has put into a user's storage:bookmarks, so that a removal finds them even after the group
// is gone.
CREATE TABLE ofSvgBookmark (
  userJID               VARCHAR(255)    NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  CONSTRAINT ofSvgBookmark_pk PRIMARY KEY (userJID, groupJID)
);
CREATE INDEX ofSvgBookmark_group_idx ON ofSvgBookmark (groupJID);

// Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 4);
