-- svgroups database schema, version 1, for Oracle.
-- UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB scripts, not this one.
-- Openfire's SchemaManager runs this file on the plugin's first load (plugin.xml: databaseKey svgroups,
-- databaseVersion 1). It ends each statement at a line ending with a semicolon, which it removes for Oracle,
-- and skips comment lines. Keep this file ASCII: Openfire reads it in the platform's default charset.

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

-- Last, so that a version row means the whole script ran.
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 1);

commit;
