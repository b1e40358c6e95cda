package org.svgroups.openfire.db;

/** The invitation count store on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbInvitationCountsTest extends InvitationCountsContract {

    MariadbInvitationCountsTest() {
        super(TestDatabase.MARIADB);
    }
}
