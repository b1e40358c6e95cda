package org.svgroups.openfire.db;

/** The group directory on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlGroupDirectoryTest extends GroupDirectoryContract {

    PostgresqlGroupDirectoryTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
