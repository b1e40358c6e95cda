package org.svgroups.openfire.db;

/** The invitation count store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptInvitationCountsTest extends InvitationCountsContract {

    MariadbWithMysqlScriptInvitationCountsTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
