package org.svgroups.openfire.db;

/** The group activity store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptGroupActivityTest extends GroupActivityContract {

    MariadbWithMysqlScriptGroupActivityTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
