package org.svgroups.openfire.db;

/** The report store on Hsqldb (see {@link TestDatabase#HSQLDB}). */
class HsqldbReportsTest extends ReportsContract {

    HsqldbReportsTest() {
        super(TestDatabase.HSQLDB);
    }
}
