-- svgroups database schema: upgrade from version 4 to version 5, for PostgreSQL.
-- Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
-- ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
-- upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
-- (a fresh install) too; a test checks that install = an earlier version + upgrades.
-- Keep this file ASCII: Openfire reads it in the platform's default charset.

-- issue 11 (links)
-- Invite links: a link is kept by the SHA-256 of its token (64 hex digits), never the token.
-- linkId is its public id (16 hex digits) for lists and revocations; created and expires are epoch milliseconds,
-- maxUses 0 means no limit; uses counts who used it (a conditional UPDATE, so that the last use goes to one
-- person only); revoked is 1 when revoked, else 0. The purge deletes links by expiry.
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

-- Join requests: people who used a link of a group that holds newcomers for approval, at most one per group
-- and user, until an owner or admin answers. created is epoch milliseconds.
CREATE TABLE ofSvgJoinRequest (
  groupJID              VARCHAR(255)    NOT NULL,
  userJID               VARCHAR(255)    NOT NULL,
  linkId                VARCHAR(16)     NOT NULL,
  created               BIGINT          NOT NULL,
  CONSTRAINT ofSvgJoinRequest_pk PRIMARY KEY (groupJID, userJID)
);
CREATE INDEX ofSvgJoinRequest_user_idx ON ofSvgJoinRequest (userJID);
CREATE INDEX ofSvgJoinRequest_created_idx ON ofSvgJoinRequest (created);

-- issue 11 (reports)
-- Reports: a member's report of a message (targetRef = its stanza-id), a member (their bare JID) or the whole
-- group (its JID), with a reason and the reporter's words (details, at most 1000 characters) and, for an
-- encrypted message, what the reporter saw (seen), both optional. reportedJID is the message's sender or the
-- member (the group's JID for a group report); the reporter is never shown to them. One reporter's reports of one
-- thing are one row (the unique index). involvesMinor (0 or 1) sorts the console's queue with closedAt (0 while
-- open) and createdAt (epoch milliseconds); closedAt serves the retention purge.
CREATE TABLE ofSvgReport (
  reportId              BIGINT                NOT NULL,
  groupJID              VARCHAR(255)          NOT NULL,
  reporterJID           VARCHAR(255)          NOT NULL,
  targetKind            VARCHAR(16)           NOT NULL,
  targetRef             VARCHAR(255)          NOT NULL,
  reportedJID           VARCHAR(255)          NOT NULL,
  reason                VARCHAR(32)           NOT NULL,
  details               VARCHAR(1000),
  seen                  TEXT,
  involvesMinor         INTEGER               NOT NULL,
  createdAt             BIGINT                NOT NULL,
  closedAt              BIGINT                NOT NULL,
  CONSTRAINT ofSvgReport_pk PRIMARY KEY (reportId)
);
CREATE UNIQUE INDEX ofSvgReport_once_idx ON ofSvgReport (reporterJID, groupJID, targetRef);
CREATE INDEX ofSvgReport_queue_idx ON ofSvgReport (involvesMinor DESC, createdAt DESC, reportId DESC);
CREATE INDEX ofSvgReport_closed_idx ON ofSvgReport (closedAt);

-- The messages a report keeps, copied from the archive when it was made (contextOrder 0 the oldest; for a
-- message report the reported one last): they stay when the archive forgets or retracts them, as long as the
-- report does.
CREATE TABLE ofSvgReportContext (
  reportId              BIGINT                NOT NULL,
  contextOrder          INTEGER               NOT NULL,
  stanzaId              VARCHAR(255)          NOT NULL,
  sentAt                BIGINT                NOT NULL,
  senderJID             VARCHAR(255)          NOT NULL,
  nickname              VARCHAR(1024)         NOT NULL,
  stanza                TEXT                  NOT NULL,
  CONSTRAINT ofSvgReportContext_pk PRIMARY KEY (reportId, contextOrder)
);

-- What moderators did about reports, with the statement of reasons (grounds) the people concerned were told; days
-- for a suspension, otherwise 0. actedAt (epoch milliseconds) serves the transparency statistics.
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

-- Users kept out of every group until suspendedUntil (epoch milliseconds), by a report's action.
CREATE TABLE ofSvgSuspension (
  userJID               VARCHAR(255)          NOT NULL,
  suspendedUntil        BIGINT                NOT NULL,
  reportId              BIGINT                NOT NULL,
  CONSTRAINT ofSvgSuspension_pk PRIMARY KEY (userJID)
);

-- Last, so that version 5 means the whole upgrade ran.
UPDATE ofVersion SET version = 5 WHERE name = 'svgroups';
