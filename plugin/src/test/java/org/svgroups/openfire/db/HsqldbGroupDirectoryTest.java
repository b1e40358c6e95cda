package org.svgroups.openfire.db;

/** The group directory on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbGroupDirectoryTest extends GroupDirectoryContract {

    HsqldbGroupDirectoryTest() {
        super(TestDatabase.HSQLDB);
    }
}
