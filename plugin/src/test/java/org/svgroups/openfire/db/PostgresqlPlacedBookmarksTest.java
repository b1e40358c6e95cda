package org.svgroups.openfire.db;

/** The placed bookmarks store on the PostgreSQL server at 127.0.0.1:5432 (see {@link TestDatabase#POSTGRESQL}). */
class PostgresqlPlacedBookmarksTest extends PlacedBookmarksContract {

    PostgresqlPlacedBookmarksTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
