package org.svgroups.openfire.db;

/** The share count store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlShareCountsTest extends ShareCountsContract {

    PostgresqlShareCountsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
