package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the plugin's stores get their database connections: in Openfire {@code DbConnectionManager::getConnection}
 * (pooled; closing a connection returns it to the pool), in tests {@code DriverManager} or a {@code DataSource}.
 * Each call gives a connection in auto-commit mode, which the caller closes.
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
