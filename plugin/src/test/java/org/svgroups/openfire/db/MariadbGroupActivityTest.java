package org.svgroups.openfire.db;

/** The group activity store on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbGroupActivityTest extends GroupActivityContract {

    MariadbGroupActivityTest() {
        super(TestDatabase.MARIADB);
    }
}
