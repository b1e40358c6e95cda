package org.svgroups.openfire.db;

/** The report store on Postgresql (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlReportsTest extends ReportsContract {

    PostgresqlReportsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
