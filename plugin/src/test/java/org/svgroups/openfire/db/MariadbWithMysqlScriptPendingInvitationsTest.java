package org.svgroups.openfire.db;

/** The invitation store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptPendingInvitationsTest extends PendingInvitationsContract {

    MariadbWithMysqlScriptPendingInvitationsTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
