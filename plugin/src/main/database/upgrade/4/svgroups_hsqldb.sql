// svgroups database schema: upgrade from version 3 to version 4, for HSQLDB (Openfire's embedded database).
// Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
// ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
// upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
// (a fresh install) too; a test checks that install = an earlier version + upgrades.
// Keep this file ASCII: Openfire reads it in the platform's default charset.

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

// Last, so that version 4 means the whole upgrade ran.
UPDATE ofVersion SET version = 4 WHERE name = 'svgroups';
