package org.svgroups.openfire.db;

/** The member-since store on Hsqldb (see {@link TestDatabase#HSQLDB}). */
class HsqldbMemberSinceTest extends MemberSinceContract {

    HsqldbMemberSinceTest() {
        super(TestDatabase.HSQLDB);
    }
}
