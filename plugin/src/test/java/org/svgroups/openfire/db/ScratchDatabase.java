package org.svgroups.openfire.db;

import java.sql.SQLException;

/** An empty schema (or database) made for one test class, dropped by {@link #close()}. */
interface ScratchDatabase extends AutoCloseable {

    /** Connections into the scratch schema. */
    ConnectionSource connections();

    /** For messages: what and where, e.g. "PostgreSQL 127.0.0.1:5432, schema svgroups_test_1a2b". */
    String description();

    @Override
    void close() throws SQLException;
}
