// svgroups database schema, version 5, for HSQLDB (Openfire's embedded database).
// Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
// databaseVersion 5). It ends each statement at a line ending with a semicolon and skips comment lines.
// Keep this file ASCII: Openfire reads it in the platform's default charset.
// A database at version 1, 2, 3 or 4 gets the new parts from upgrade/2/, upgrade/3/, upgrade/4/
// and upgrade/5/svgroups_hsqldb.sql; keep them all in step.

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

// issue 11 (links)
// Invite links: a link is kept by the SHA-256 of its token (64 hex digits), never the token.
// linkId is its public id (16 hex digits) for lists and revocations; created and expires are epoch milliseconds,
// maxUses 0 means no limit; uses counts who used it (a conditional UPDATE, so that the last use goes to one
// person only); revoked is 1 when revoked, else 0. The purge deletes links by expiry.
CREATE TABLE ofSvgInviteLink (
  tokenHash             VARCHAR(64)     NOT NULL,
  linkId                VARCHAR(16)     NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  creator               VARCHAR(255)    NOT NULL,
  created               BIGINT          NOT NULL,
  expires               BIGINT          NOT NULL,
  maxUses               INTEGER         NOT NULL,
  uses                  INTEGER         NOT NULL,
  revoked               INTEGER         NOT NULL,
  CONSTRAINT ofSvgInviteLink_pk PRIMARY KEY (tokenHash)
);
CREATE UNIQUE INDEX ofSvgInviteLink_id_idx ON ofSvgInviteLink (groupJID, linkId);
CREATE INDEX ofSvgInviteLink_expires_idx ON ofSvgInviteLink (expires);

// Join requests: people who used a link of a group that holds newcomers for approval, at most one per group
// and user, until an owner or admin answers. created is epoch milliseconds.
CREATE TABLE ofSvgJoinRequest (
  groupJID              VARCHAR(255)    NOT NULL,
  userJID               VARCHAR(255)    NOT NULL,
  linkId                VARCHAR(16)     NOT NULL,
  created               BIGINT          NOT NULL,
  CONSTRAINT ofSvgJoinRequest_pk PRIMARY KEY (groupJID, userJID)
);
CREATE INDEX ofSvgJoinRequest_user_idx ON ofSvgJoinRequest (userJID);
CREATE INDEX ofSvgJoinRequest_created_idx ON ofSvgJoinRequest (created);

// issue 11 (reports)
// Reports: a member's report of a message (targetRef = its stanza-id), a member (their bare JID) or the whole
// group (its JID), with a reason and the reporter's words (details, at most 1000 characters) and, for an
// encrypted message, what the reporter saw (seen), both optional. reportedJID is the message's sender or the
// member (the group's JID for a group report); the reporter is never shown to them. One reporter's reports of one
// thing are one row (the unique index). involvesMinor (0 or 1) sorts the console's queue with closedAt (0 while
// open) and createdAt (epoch milliseconds); closedAt serves the retention purge.
CREATE TABLE ofSvgReport (
  reportId              BIGINT                NOT NULL,
  groupJID              VARCHAR(255)          NOT NULL,
  reporterJID           VARCHAR(255)          NOT NULL,
  targetKind            VARCHAR(16)           NOT NULL,
  targetRef             VARCHAR(255)          NOT NULL,
  reportedJID           VARCHAR(255)          NOT NULL,
  reason                VARCHAR(32)           NOT NULL,
  details               VARCHAR(1000),
  seen                  LONGVARCHAR,
  involvesMinor         INTEGER               NOT NULL,
  createdAt             BIGINT                NOT NULL,
  closedAt              BIGINT                NOT NULL,
  CONSTRAINT ofSvgReport_pk PRIMARY KEY (reportId)
);
CREATE UNIQUE INDEX ofSvgReport_once_idx ON ofSvgReport (reporterJID, groupJID, targetRef);
CREATE INDEX ofSvgReport_queue_idx ON ofSvgReport (involvesMinor DESC, createdAt DESC, reportId DESC);
CREATE INDEX ofSvgReport_closed_idx ON ofSvgReport (closedAt);

// The messages a report keeps, copied from the archive when it was made (contextOrder 0 the oldest; for a
// message report the reported one last): they stay when the archive forgets or retracts them, as long as the
// report does.
CREATE TABLE ofSvgReportContext (
  reportId              BIGINT                NOT NULL,
  contextOrder          INTEGER               NOT NULL,
  stanzaId              VARCHAR(255)          NOT NULL,
  sentAt                BIGINT                NOT NULL,
  senderJID             VARCHAR(255)          NOT NULL,
  nickname              VARCHAR(1024)         NOT NULL,
  stanza                LONGVARCHAR           NOT NULL,
  CONSTRAINT ofSvgReportContext_pk PRIMARY KEY (reportId, contextOrder)
);

// What moderators did about reports, with the statement of reasons (grounds) the people concerned were told; days
// for a suspension, otherwise 0. actedAt (epoch milliseconds) serves the transparency statistics.
CREATE TABLE ofSvgReportAction (
  reportId              BIGINT                NOT NULL,
  actedAt               BIGINT                NOT NULL,
  actionKind            VARCHAR(16)           NOT NULL,
  moderator             VARCHAR(255)          NOT NULL,
  grounds               VARCHAR(1000)         NOT NULL,
  days                  INTEGER               NOT NULL,
  CONSTRAINT ofSvgReportAction_pk PRIMARY KEY (reportId, actedAt)
);
CREATE INDEX ofSvgReportAction_at_idx ON ofSvgReportAction (actedAt);

// Users kept out of every group until suspendedUntil (epoch milliseconds), by a report's action.
CREATE TABLE ofSvgSuspension (
  userJID               VARCHAR(255)          NOT NULL,
  suspendedUntil        BIGINT                NOT NULL,
  reportId              BIGINT                NOT NULL,
  CONSTRAINT ofSvgSuspension_pk PRIMARY KEY (userJID)
);

// Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 5);
