package org.svgroups.openfire.db;

/** The upgrade from schema version 1 on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptSchemaUpgradeTest extends SchemaUpgradeContract {

    MariadbWithMysqlScriptSchemaUpgradeTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
