package org.svgroups.openfire.db;

/** The invite-link store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbInviteLinksTest extends InviteLinksContract {

    HsqldbInviteLinksTest() {
        super(TestDatabase.HSQLDB);
    }
}
