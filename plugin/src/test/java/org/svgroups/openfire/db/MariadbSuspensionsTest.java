package org.svgroups.openfire.db;

/** The suspensions on Mariadb (see {@link TestDatabase#MARIADB}). */
class MariadbSuspensionsTest extends SuspensionsContract {

    MariadbSuspensionsTest() {
        super(TestDatabase.MARIADB);
    }
}
