package org.svgroups.openfire.db;

/** The archive store on Mariadb (see {@link TestDatabase#MARIADB}). */
class MariadbArchiveTest extends ArchiveContract {

    MariadbArchiveTest() {
        super(TestDatabase.MARIADB);
    }
}
