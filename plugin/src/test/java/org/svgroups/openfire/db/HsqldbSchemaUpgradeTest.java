package org.svgroups.openfire.db;

/** The upgrade from schema version 1 on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbSchemaUpgradeTest extends SchemaUpgradeContract {

    HsqldbSchemaUpgradeTest() {
        super(TestDatabase.HSQLDB);
    }
}
