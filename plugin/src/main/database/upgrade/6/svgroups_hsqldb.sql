// svgroups database schema: upgrade from version 5 to version 6, for HSQLDB (Openfire's embedded database).
// Openfire's SchemaManager runs upgrade/<N>/svgroups_<database>.sql for each N above the version recorded in
// ofVersion, up to plugin.xml's databaseVersion, then checks that the recorded version reached it: each
// upgrade script records its version itself, last. Whatever changes here goes into svgroups_<database>.sql
// (a fresh install) too; a test checks that install = an earlier version + upgrades.
// Keep this file ASCII: Openfire reads it in the platform's default charset.

// issue 11 (transparency)
// What the retention purge deleted, counted by UTC day (tallyDay, days since 1970-01-01), so that the
// transparency statistics still count reports and actions after the reports are gone: tallySection 'reason'
// counts reports by the day they were made, 'action' actions by the day they were taken; tallyItem is the reason's
// or the action's word. Written in the purge's transaction; the live tables count what is not purged yet.
CREATE TABLE ofSvgReportTally (
  tallyDay              BIGINT                NOT NULL,
  tallySection          VARCHAR(16)           NOT NULL,
  tallyItem             VARCHAR(32)           NOT NULL,
  tallyCount            INTEGER               NOT NULL,
  CONSTRAINT ofSvgReportTally_pk PRIMARY KEY (tallyDay, tallySection, tallyItem)
);

// Last, so that version 6 means the whole upgrade ran.
UPDATE ofVersion SET version = 6 WHERE name = 'svgroups';
