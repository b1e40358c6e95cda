package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** A fresh in-memory HSQLDB database, with the user Openfire's embedded database has (sa, no password). */
final class InMemoryHsqldb {

    private InMemoryHsqldb() {
    }

    static ScratchDatabase create() {
        String url = "jdbc:hsqldb:mem:svgroups-" + UUID.randomUUID();
        return ExternalDatabases.scratch(() -> DriverManager.getConnection(url, "sa", ""), "HSQLDB " + url, () -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        });
    }
}
