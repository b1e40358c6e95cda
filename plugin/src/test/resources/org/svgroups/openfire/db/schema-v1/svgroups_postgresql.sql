-- svgroups database schema, version 1, for PostgreSQL.
-- Openfire's SchemaManager runs this file on the plugin's first load (plugin.xml: databaseKey svgroups,
-- databaseVersion 1). It ends each statement at a line ending with a semicolon and skips comment lines.
-- Keep this file ASCII: Openfire reads it in the platform's default charset.

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

-- Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 1);
