package org.svgroups.openfire.db;

/** The share count store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbShareCountsTest extends ShareCountsContract {

    HsqldbShareCountsTest() {
        super(TestDatabase.HSQLDB);
    }
}
