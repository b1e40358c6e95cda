# svgroups database schema, version 5, for MySQL (and for MariaDB reached through MySQL Connector/J, which
# Openfire also calls "mysql"). svgroups_mariadb.sql has the same statements (a test checks it).
# Openfire's SchemaManager runs this file on a database without the schema (plugin.xml: databaseKey svgroups,
# databaseVersion 5). It ends each statement at a line ending with a semicolon and skips comment lines.
# Keep this file ASCII: Openfire reads it in the platform's default charset.
# A database at version 1, 2, 3 or 4 gets the new parts from upgrade/2/, upgrade/3/, upgrade/4/
# and upgrade/5/svgroups_mysql.sql; keep them all in step.

# Pending invitations: at most one per group and invitee. JIDs are bare JIDs; created and expires are epoch
# milliseconds. utf8mb4 whatever the database's default, so that any reason can be stored; binary collation,
# so that JIDs match exactly, as on the other databases. The primary key is at most 2 x 255 x 4 = 2040 bytes
# (InnoDB's limit is 3072). InnoDB, because save() relies on transactions.
CREATE TABLE ofSvgInvitation (
  groupJID              VARCHAR(255)    NOT NULL,
  invitee               VARCHAR(255)    NOT NULL,
  inviter               VARCHAR(255)    NOT NULL,
  reason                VARCHAR(1024),
  created               BIGINT          NOT NULL,
  expires               BIGINT          NOT NULL,
  PRIMARY KEY (groupJID, invitee),
  INDEX ofSvgInvitation_invitee_idx (invitee),
  INDEX ofSvgInvitation_inviter_idx (inviter),
  INDEX ofSvgInvitation_expires_idx (expires)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

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

# Group archives: every message a group delivered, as delivered (serialized XML; encrypted payloads as they
# are), for XEP-0313. orderKey is the delivery time in epoch milliseconds times 1000 plus a counter within the
# millisecond: unique and increasing, so that the primary key, led by the group, serves every page of a group's
# history and its time filters (sentAt = orderKey / 1000, in epoch milliseconds). stanzaId is the XEP-0359
# stanza-id the group stamped on the message, the MAM id clients see; the second index finds it. The third
# serves the retention purge, which deletes by age across groups.
CREATE TABLE ofSvgArchive (
  groupJID              VARCHAR(255)    NOT NULL,
  orderKey              BIGINT          NOT NULL,
  stanzaId              VARCHAR(255)    NOT NULL,
  sentAt                BIGINT          NOT NULL,
  senderJID             VARCHAR(255)    NOT NULL,
  nickname              VARCHAR(1024)   NOT NULL,
  stanza                MEDIUMTEXT      NOT NULL,
  PRIMARY KEY (groupJID, orderKey),
  UNIQUE INDEX ofSvgArchive_id_idx (groupJID, stanzaId),
  INDEX ofSvgArchive_sent_idx (sentAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Member since: when each person became an owner, admin or member of a group (epoch milliseconds), so that
# the archive serves them what was said from then on. JIDs are bare JIDs.
CREATE TABLE ofSvgMemberSince (
  groupJID              VARCHAR(255)    NOT NULL,
  userJID               VARCHAR(255)    NOT NULL,
  memberSince           BIGINT          NOT NULL,
  PRIMARY KEY (groupJID, userJID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Bookmarks svgroups has put into a user's storage:bookmarks, so that a removal finds them even after the group
# is gone.
CREATE TABLE ofSvgBookmark (
  userJID               VARCHAR(255)    NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  PRIMARY KEY (userJID, groupJID),
  INDEX ofSvgBookmark_group_idx (groupJID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# issue 11 (links)
# Invite links: a link is kept by the SHA-256 of its token (64 hex digits), never the token.
# linkId is its public id (16 hex digits) for lists and revocations; created and expires are epoch milliseconds,
# maxUses 0 means no limit; uses counts who used it (a conditional UPDATE, so that the last use goes to one
# person only); revoked is 1 when revoked, else 0. The purge deletes links by expiry.
CREATE TABLE ofSvgInviteLink (
  tokenHash             VARCHAR(64)     NOT NULL,
  linkId                VARCHAR(16)     NOT NULL,
  groupJID              VARCHAR(255)    NOT NULL,
  creator               VARCHAR(255)    NOT NULL,
  created               BIGINT          NOT NULL,
  expires               BIGINT          NOT NULL,
  maxUses               INT             NOT NULL,
  uses                  INT             NOT NULL,
  revoked               INT             NOT NULL,
  PRIMARY KEY (tokenHash),
  UNIQUE INDEX ofSvgInviteLink_id_idx (groupJID, linkId),
  INDEX ofSvgInviteLink_expires_idx (expires)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Join requests: people who used a link of a group that holds newcomers for approval, at most one per group
# and user, until an owner or admin answers. created is epoch milliseconds.
CREATE TABLE ofSvgJoinRequest (
  groupJID              VARCHAR(255)    NOT NULL,
  userJID               VARCHAR(255)    NOT NULL,
  linkId                VARCHAR(16)     NOT NULL,
  created               BIGINT          NOT NULL,
  PRIMARY KEY (groupJID, userJID),
  INDEX ofSvgJoinRequest_user_idx (userJID),
  INDEX ofSvgJoinRequest_created_idx (created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# issue 11 (reports)
# Reports: a member's report of a message (targetRef = its stanza-id), a member (their bare JID) or the whole
# group (its JID), with a reason and the reporter's words (details, at most 1000 characters) and, for an
# encrypted message, what the reporter saw (seen), both optional. reportedJID is the message's sender or the
# member (the group's JID for a group report); the reporter is never shown to them. One reporter's reports of one
# thing are one row (the unique index). involvesMinor (0 or 1) sorts the console's queue with closedAt (0 while
# open) and createdAt (epoch milliseconds); closedAt serves the retention purge.
CREATE TABLE ofSvgReport (
  reportId              BIGINT                NOT NULL,
  groupJID              VARCHAR(255)          NOT NULL,
  reporterJID           VARCHAR(255)          NOT NULL,
  targetKind            VARCHAR(16)           NOT NULL,
  targetRef             VARCHAR(255)          NOT NULL,
  reportedJID           VARCHAR(255)          NOT NULL,
  reason                VARCHAR(32)           NOT NULL,
  details               VARCHAR(1000),
  seen                  MEDIUMTEXT,
  involvesMinor         INT                   NOT NULL,
  createdAt             BIGINT                NOT NULL,
  closedAt              BIGINT                NOT NULL,
  PRIMARY KEY (reportId),
  UNIQUE INDEX ofSvgReport_once_idx (reporterJID, groupJID, targetRef),
  INDEX ofSvgReport_queue_idx (involvesMinor DESC, createdAt DESC, reportId DESC),
  INDEX ofSvgReport_closed_idx (closedAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# The messages a report keeps, copied from the archive when it was made (contextOrder 0 the oldest; for a
# message report the reported one last): they stay when the archive forgets or retracts them, as long as the
# report does.
CREATE TABLE ofSvgReportContext (
  reportId              BIGINT                NOT NULL,
  contextOrder          INT                   NOT NULL,
  stanzaId              VARCHAR(255)          NOT NULL,
  sentAt                BIGINT                NOT NULL,
  senderJID             VARCHAR(255)          NOT NULL,
  nickname              VARCHAR(1024)         NOT NULL,
  stanza                MEDIUMTEXT            NOT NULL,
  PRIMARY KEY (reportId, contextOrder)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# What moderators did about reports, with the statement of reasons (grounds) the people concerned were told; days
# for a suspension, otherwise 0. actedAt (epoch milliseconds) serves the transparency statistics.
CREATE TABLE ofSvgReportAction (
  reportId              BIGINT                NOT NULL,
  actedAt               BIGINT                NOT NULL,
  actionKind            VARCHAR(16)           NOT NULL,
  moderator             VARCHAR(255)          NOT NULL,
  grounds               VARCHAR(1000)         NOT NULL,
  days                  INT                   NOT NULL,
  PRIMARY KEY (reportId, actedAt),
  INDEX ofSvgReportAction_at_idx (actedAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Users kept out of every group until suspendedUntil (epoch milliseconds), by a report's action.
CREATE TABLE ofSvgSuspension (
  userJID               VARCHAR(255)          NOT NULL,
  suspendedUntil        BIGINT                NOT NULL,
  reportId              BIGINT                NOT NULL,
  PRIMARY KEY (userJID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

# Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 5);
