package org.svgroups.openfire.db;

/** The member-since store on Postgresql (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlMemberSinceTest extends MemberSinceContract {

    PostgresqlMemberSinceTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
