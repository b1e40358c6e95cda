package org.svgroups.openfire.db;

/** The invitation store on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbPendingInvitationsTest extends PendingInvitationsContract {

    MariadbPendingInvitationsTest() {
        super(TestDatabase.MARIADB);
    }
}
