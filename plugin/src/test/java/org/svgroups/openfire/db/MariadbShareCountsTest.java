package org.svgroups.openfire.db;

/** The share count store on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbShareCountsTest extends ShareCountsContract {

    MariadbShareCountsTest() {
        super(TestDatabase.MARIADB);
    }
}
