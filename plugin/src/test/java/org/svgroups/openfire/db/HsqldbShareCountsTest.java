package org.svgroups.openfire.db;

/** The share count store on HSQLDB, Openfire's embedded database, in memory. */
class HsqldbShareCountsTest extends ShareCountsContract {

    @Override
    ScratchDatabase openScratchDatabase() {
        return InMemoryHsqldb.create();
    }

    /** HSQLDB (in its default LOCKS mode) locks whole tables: the second writer waits until the first commits. */
    @Override
    boolean writersCollide() {
        return false;
    }

    @Override
    String expectedDatabaseType() {
        return "hsqldb";
    }
}
