package org.svgroups.openfire.db;

/** The upgrade from schema version 1 on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlSchemaUpgradeTest extends SchemaUpgradeContract {

    PostgresqlSchemaUpgradeTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
