package org.svgroups.openfire.db;

import java.sql.SQLException;

/**
 * The store on the MariaDB server at 127.0.0.1:3306, in a scratch database with the server's default character
 * set, through MariaDB Connector/J: Openfire 5.1 calls this database "mariadb" and runs svgroups_mariadb.sql.
 */
class MariadbPendingInvitationsTest extends PendingInvitationsContract {

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
