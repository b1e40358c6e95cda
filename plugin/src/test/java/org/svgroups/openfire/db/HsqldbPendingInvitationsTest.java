package org.svgroups.openfire.db;

/** The invitation store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbPendingInvitationsTest extends PendingInvitationsContract {

    HsqldbPendingInvitationsTest() {
        super(TestDatabase.HSQLDB);
    }
}
