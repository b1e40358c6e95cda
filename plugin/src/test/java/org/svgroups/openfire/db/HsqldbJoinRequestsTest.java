package org.svgroups.openfire.db;

/** The join-request store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbJoinRequestsTest extends JoinRequestsContract {

    HsqldbJoinRequestsTest() {
        super(TestDatabase.HSQLDB);
    }
}
