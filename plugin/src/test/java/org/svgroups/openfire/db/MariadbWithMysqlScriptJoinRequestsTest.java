package org.svgroups.openfire.db;

/** The join-request store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptJoinRequestsTest extends JoinRequestsContract {

    MariadbWithMysqlScriptJoinRequestsTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
