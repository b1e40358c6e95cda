package org.svgroups.openfire.db;

/** The archive store on MariadbWithMysqlScript (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptArchiveTest extends ArchiveContract {

    MariadbWithMysqlScriptArchiveTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
