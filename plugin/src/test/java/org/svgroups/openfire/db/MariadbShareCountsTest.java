package org.svgroups.openfire.db;

import java.sql.SQLException;

/**
 * The share count store on the MariaDB server at 127.0.0.1:3306, in a scratch database with the server's default
 * character set, through MariaDB Connector/J: Openfire 5.1 calls this database "mariadb" and runs the mariadb
 * scripts.
 */
class MariadbShareCountsTest extends ShareCountsContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.mariadb(null, "");
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("MariaDB");
    }

    @Override
    String expectedDatabaseType() {
        return "mariadb";
    }
}
