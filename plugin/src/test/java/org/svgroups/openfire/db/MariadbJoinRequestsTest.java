package org.svgroups.openfire.db;

/** The join-request store on MariaDB (see {@link TestDatabase#MARIADB}). */
class MariadbJoinRequestsTest extends JoinRequestsContract {

    MariadbJoinRequestsTest() {
        super(TestDatabase.MARIADB);
    }
}
