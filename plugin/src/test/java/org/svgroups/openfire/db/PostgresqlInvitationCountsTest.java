package org.svgroups.openfire.db;

/** The invitation count store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlInvitationCountsTest extends InvitationCountsContract {

    PostgresqlInvitationCountsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
