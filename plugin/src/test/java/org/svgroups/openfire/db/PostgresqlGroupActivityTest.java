package org.svgroups.openfire.db;

/** The group activity store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlGroupActivityTest extends GroupActivityContract {

    PostgresqlGroupActivityTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
