package org.svgroups.openfire.db;

/** The upgrade from schema version 1 on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbSchemaUpgradeTest extends SchemaUpgradeContract {

    MariadbSchemaUpgradeTest() {
        super(TestDatabase.MARIADB);
    }
}
