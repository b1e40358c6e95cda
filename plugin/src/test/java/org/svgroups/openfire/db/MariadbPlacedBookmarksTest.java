package org.svgroups.openfire.db;

/** The placed bookmarks store on the MariaDB server at 127.0.0.1:3306 (see {@link TestDatabase#MARIADB}). */
class MariadbPlacedBookmarksTest extends PlacedBookmarksContract {

    MariadbPlacedBookmarksTest() {
        super(TestDatabase.MARIADB);
    }
}
