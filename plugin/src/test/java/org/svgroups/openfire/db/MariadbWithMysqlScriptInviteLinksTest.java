package org.svgroups.openfire.db;

/** The invite-link store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptInviteLinksTest extends InviteLinksContract {

    MariadbWithMysqlScriptInviteLinksTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
