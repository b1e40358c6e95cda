package org.svgroups.openfire.db;

/** The suspensions on Hsqldb (see {@link TestDatabase#HSQLDB}). */
class HsqldbSuspensionsTest extends SuspensionsContract {

    HsqldbSuspensionsTest() {
        super(TestDatabase.HSQLDB);
    }
}
