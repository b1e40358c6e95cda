# svgroups database schema, version 1, for MySQL (and for MariaDB reached through MySQL Connector/J, which
# Openfire also calls "mysql"). svgroups_mariadb.sql has the same statements (a test checks it).
# Openfire's SchemaManager runs this file on the plugin's first load (plugin.xml: databaseKey svgroups,
# databaseVersion 1). It ends each statement at a line ending with a semicolon and skips comment lines.
# Keep this file ASCII: Openfire reads it in the platform's default charset.

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

# Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 1);
