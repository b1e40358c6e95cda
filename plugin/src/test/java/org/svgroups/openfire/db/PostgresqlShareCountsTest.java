package org.svgroups.openfire.db;

import java.sql.SQLException;

/** The share count store on the PostgreSQL server at 127.0.0.1:5432, in a scratch schema of database {@code test}. */
class PostgresqlShareCountsTest extends ShareCountsContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.postgresql();
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("PostgreSQL");
    }

    @Override
    String expectedDatabaseType() {
        return "postgresql";
    }
}
