package org.svgroups.openfire.db;

/** The join-request store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlJoinRequestsTest extends JoinRequestsContract {

    PostgresqlJoinRequestsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
