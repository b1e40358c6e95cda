package org.svgroups.openfire.db;

import java.sql.SQLException;

/** The schema's install and upgrades on the MariaDB server with the mysql scripts, in latin1 databases. */
class MariadbWithMysqlScriptSchemaUpgradeTest extends SchemaUpgradeContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.mariadb("latin1", "&useAffectedRows=true");
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("MariaDB");
    }

    @Override
    String scriptType(String detectedType) {
        return "mysql";
    }
}
