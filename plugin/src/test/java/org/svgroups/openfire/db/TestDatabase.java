package org.svgroups.openfire.db;

import java.sql.SQLException;

/**
 * The databases the stores and scripts are tested on: how to get a scratch schema on each, why its tests would be
 * skipped, the type Openfire detects there, the scripts it runs, and whether concurrent writers of new keys get in
 * each other's way (locks per row) rather than queue (locks per table).
 */
enum TestDatabase {

    /** Openfire's embedded database, in memory; it locks whole tables in its default LOCKS mode. */
    HSQLDB("hsqldb", null, false) {
        @Override
        ScratchDatabase open() {
            return InMemoryHsqldb.create();
        }
    },
    /** The PostgreSQL server at 127.0.0.1:5432, in a scratch schema of database {@code test}. */
    POSTGRESQL("postgresql", null, true) {
        @Override
        ScratchDatabase open() throws SQLException {
            return ExternalDatabases.postgresql();
        }
    },
    /** The MariaDB server at 127.0.0.1:3306, in a scratch database with the server's default charset. */
    MARIADB("mariadb", null, true) {
        @Override
        ScratchDatabase open() throws SQLException {
            return ExternalDatabases.mariadb(null, "");
        }
    },
    /**
     * MariaDB with the mysql scripts, which Openfire runs for MySQL and for MariaDB reached through MySQL
     * Connector/J; in a latin1 database, with update counts of changed rather than found rows
     * ({@code useAffectedRows=true}).
     */
    MARIADB_WITH_MYSQL_SCRIPTS("mariadb", "mysql", true) {
        @Override
        ScratchDatabase open() throws SQLException {
            return ExternalDatabases.mariadb("latin1", "&useAffectedRows=true");
        }
    };

    private final String detectedType;
    private final String scriptType;
    private final boolean writersCollide;

    TestDatabase(String detectedType, String scriptType, boolean writersCollide) {
        this.detectedType = detectedType;
        this.scriptType = scriptType;
        this.writersCollide = writersCollide;
    }

    /** A new, empty schema on this database. */
    abstract ScratchDatabase open() throws SQLException;

    /** Why tests on this database are skipped (printed once, each test reported as skipped), or null. */
    String skipReason() {
        return switch (this) {
            case HSQLDB -> null;
            case POSTGRESQL -> ExternalDatabases.skipReason("PostgreSQL");
            case MARIADB, MARIADB_WITH_MYSQL_SCRIPTS -> ExternalDatabases.skipReason("MariaDB");
        };
    }

    /** Openfire's name for this database, which picks the scripts it runs. */
    String expectedType() {
        return detectedType;
    }

    /** The database type whose scripts are run: normally the one Openfire detects. */
    String scriptType(String detected) {
        return scriptType == null ? detected : scriptType;
    }

    boolean writersCollide() {
        return writersCollide;
    }
}
