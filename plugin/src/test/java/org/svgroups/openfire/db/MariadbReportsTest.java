package org.svgroups.openfire.db;

/** The report store on Mariadb (see {@link TestDatabase#MARIADB}). */
class MariadbReportsTest extends ReportsContract {

    MariadbReportsTest() {
        super(TestDatabase.MARIADB);
    }
}
