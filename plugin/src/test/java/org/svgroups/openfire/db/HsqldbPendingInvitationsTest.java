package org.svgroups.openfire.db;

/** The store on HSQLDB, Openfire's embedded database, in memory. */
class HsqldbPendingInvitationsTest extends PendingInvitationsContract {

    @Override
    ScratchDatabase openScratchDatabase() {
        return InMemoryHsqldb.create();
    }

    @Override
    String expectedDatabaseType() {
        return "hsqldb";
    }
}
