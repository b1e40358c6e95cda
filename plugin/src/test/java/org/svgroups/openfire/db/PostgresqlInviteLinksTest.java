package org.svgroups.openfire.db;

/** The invite-link store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlInviteLinksTest extends InviteLinksContract {

    PostgresqlInviteLinksTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
