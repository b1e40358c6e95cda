package org.svgroups.openfire.db;

/** The placed bookmarks store on HSQLDB, Openfire's embedded database, in memory (see {@link TestDatabase#HSQLDB}). */
class HsqldbPlacedBookmarksTest extends PlacedBookmarksContract {

    HsqldbPlacedBookmarksTest() {
        super(TestDatabase.HSQLDB);
    }
}
