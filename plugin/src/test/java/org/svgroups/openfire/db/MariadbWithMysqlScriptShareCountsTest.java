package org.svgroups.openfire.db;

import java.sql.SQLException;

/**
 * The share count store on the MariaDB server with the mysql scripts, which Openfire runs for MySQL and for
 * MariaDB reached through MySQL Connector/J; in a latin1 database, with update counts of changed rather than
 * found rows ({@code useAffectedRows=true}), as {@link MariadbWithMysqlScriptPendingInvitationsTest}.
 */
class MariadbWithMysqlScriptShareCountsTest extends ShareCountsContract {

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
