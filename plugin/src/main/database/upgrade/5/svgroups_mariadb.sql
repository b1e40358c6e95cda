# svgroups database schema: upgrade from version 4 to version 5, for MariaDB (reached through MariaDB Connector/J).
# Same statements as svgroups_mysql.sql in this folder (a test checks it).
# Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
# ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
# upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
# (a fresh install) too; a test checks that install = an earlier version + upgrades.
# Keep this file ASCII: Openfire reads it in the platform's default charset.

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

# Last, so that version 5 means the whole upgrade ran.
UPDATE ofVersion SET version = 5 WHERE name = 'svgroups';
