package org.svgroups.openfire.db;

import java.sql.SQLException;

/** The schema's install and upgrades on the PostgreSQL server at 127.0.0.1:5432, in scratch schemas. */
class PostgresqlSchemaUpgradeTest extends SchemaUpgradeContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.postgresql();
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("PostgreSQL");
    }
}
