package org.svgroups.openfire.db;

import java.sql.SQLException;

/** The schema's install and upgrades on the MariaDB server at 127.0.0.1:3306 with the mariadb scripts. */
class MariadbSchemaUpgradeTest extends SchemaUpgradeContract {

    @Override
    ScratchDatabase openScratchDatabase() throws SQLException {
        return ExternalDatabases.mariadb(null, "");
    }

    @Override
    String skipReason() {
        return ExternalDatabases.skipReason("MariaDB");
    }
}
