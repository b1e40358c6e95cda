package org.svgroups.openfire.db;

/** The placed bookmarks store on MariaDB with the mysql scripts (see {@link TestDatabase#MARIADB_WITH_MYSQL_SCRIPTS}). */
class MariadbWithMysqlScriptPlacedBookmarksTest extends PlacedBookmarksContract {

    MariadbWithMysqlScriptPlacedBookmarksTest() {
        super(TestDatabase.MARIADB_WITH_MYSQL_SCRIPTS);
    }
}
