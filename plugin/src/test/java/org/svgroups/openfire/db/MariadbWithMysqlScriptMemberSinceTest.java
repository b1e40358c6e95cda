package org.svgroups.openfire.db;

/** The member-since store on MariadbWithMysqlScript (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptMemberSinceTest extends MemberSinceContract {

    MariadbWithMysqlScriptMemberSinceTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
