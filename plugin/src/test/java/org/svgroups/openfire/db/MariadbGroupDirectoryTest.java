package org.svgroups.openfire.db;

/** The group directory on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbGroupDirectoryTest extends GroupDirectoryContract {

    MariadbGroupDirectoryTest() {
        super(TestDatabase.MARIADB);
    }
}
