package org.svgroups.openfire.db;

/** The invitation store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlPendingInvitationsTest extends PendingInvitationsContract {

    PostgresqlPendingInvitationsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
