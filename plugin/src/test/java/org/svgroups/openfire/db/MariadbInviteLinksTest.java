package org.svgroups.openfire.db;

/** The invite-link store on MariaDB (see {@link TestDatabase#MARIADB}). */
class MariadbInviteLinksTest extends InviteLinksContract {

    MariadbInviteLinksTest() {
        super(TestDatabase.MARIADB);
    }
}
