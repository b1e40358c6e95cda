package org.svgroups.openfire.db;

/** The share count store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptShareCountsTest extends ShareCountsContract {

    MariadbWithMysqlScriptShareCountsTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
