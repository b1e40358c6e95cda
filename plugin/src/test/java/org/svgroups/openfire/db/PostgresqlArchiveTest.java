package org.svgroups.openfire.db;

/** The archive store on Postgresql (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlArchiveTest extends ArchiveContract {

    PostgresqlArchiveTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
