package org.svgroups.openfire.db;

/** The invitation count store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbInvitationCountsTest extends InvitationCountsContract {

    HsqldbInvitationCountsTest() {
        super(TestDatabase.HSQLDB);
    }
}
