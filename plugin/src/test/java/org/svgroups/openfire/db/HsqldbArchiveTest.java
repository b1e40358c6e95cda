package org.svgroups.openfire.db;

/** The archive store on Hsqldb (see {@link TestDatabase#HSQLDB}). */
class HsqldbArchiveTest extends ArchiveContract {

    HsqldbArchiveTest() {
        super(TestDatabase.HSQLDB);
    }
}
