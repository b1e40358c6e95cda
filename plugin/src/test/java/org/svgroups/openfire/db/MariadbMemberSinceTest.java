package org.svgroups.openfire.db;

/** The member-since store on Mariadb (see {@link TestDatabase#MARIADB}). */
class MariadbMemberSinceTest extends MemberSinceContract {

    MariadbMemberSinceTest() {
        super(TestDatabase.MARIADB);
    }
}
