package org.svgroups.openfire.db;

/** The suspensions on Postgresql (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlSuspensionsTest extends SuspensionsContract {

    PostgresqlSuspensionsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
