/* svgroups database schema, version 1, for Microsoft SQL Server (2016 or later). */
/* UNTESTED: the build runs the HSQLDB, PostgreSQL, MySQL and MariaDB scripts, not this one. */
/* Openfire's SchemaManager runs this file on the plugin's first load (plugin.xml: databaseKey svgroups, */
/* databaseVersion 1). It ends each statement at a line ending with a semicolon and skips comment lines. */
/* Keep this file ASCII: Openfire reads it in the platform's default charset. */

/* Pending invitations: at most one per group and invitee. JIDs are bare JIDs; created and expires are epoch */
/* milliseconds. NVARCHAR lengths count UTF-16 code units, as Java's String.length does. The primary key is */
/* NONCLUSTERED because it can reach 2 x 255 x 2 = 1020 bytes: clustered keys are limited to 900 bytes, */
/* nonclustered ones to 1700. With the default, case-insensitive collation, JIDs match case-insensitively */
/* (harmless: Openfire's bare JIDs are lower case). */
CREATE TABLE ofSvgInvitation (
  groupJID              NVARCHAR(255)   NOT NULL,
  invitee               NVARCHAR(255)   NOT NULL,
  inviter               NVARCHAR(255)   NOT NULL,
  reason                NVARCHAR(1024)  NULL,
  created               BIGINT          NOT NULL,
  expires               BIGINT          NOT NULL,
  CONSTRAINT ofSvgInvitation_pk PRIMARY KEY NONCLUSTERED (groupJID, invitee)
);
CREATE INDEX ofSvgInvitation_invitee_idx ON ofSvgInvitation (invitee);
CREATE INDEX ofSvgInvitation_inviter_idx ON ofSvgInvitation (inviter);
CREATE INDEX ofSvgInvitation_expires_idx ON ofSvgInvitation (expires);

/* Last, so that a version row means the whole script ran. */
INSERT INTO ofVersion (name, version) VALUES ('svgroups', 1);
