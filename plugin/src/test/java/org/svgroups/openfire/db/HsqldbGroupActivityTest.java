package org.svgroups.openfire.db;

/** The group activity store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbGroupActivityTest extends GroupActivityContract {

    HsqldbGroupActivityTest() {
        super(TestDatabase.HSQLDB);
    }
}
