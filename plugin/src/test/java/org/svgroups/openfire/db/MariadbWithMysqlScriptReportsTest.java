package org.svgroups.openfire.db;

/** The report store on MariadbWithMysqlScript (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptReportsTest extends ReportsContract {

    MariadbWithMysqlScriptReportsTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
