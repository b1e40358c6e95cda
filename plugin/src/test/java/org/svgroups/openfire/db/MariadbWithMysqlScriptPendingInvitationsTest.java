package org.svgroups.openfire.db;

import java.sql.SQLException;

/**
 * The store on the MariaDB server with svgroups_mysql.sql, the script Openfire runs for MySQL and for MariaDB
 * reached through MySQL Connector/J. Two more differences from {@link MariadbPendingInvitationsTest}: a latin1
 * database, to show that the table brings its own utf8mb4; and update counts of changed rather than found rows
 * ({@code useAffectedRows=true}, an option of both MySQL drivers that an Openfire database URL may carry).
 */
class MariadbWithMysqlScriptPendingInvitationsTest extends PendingInvitationsContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.mariadb("latin1", "&useAffectedRows=true");
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("MariaDB");
    }

    @Override
    String expectedDatabaseType() {
        return "mariadb";
    }

    @Override
    String scriptType(String detectedType) {
        return "mysql";
    }
}
