package org.svgroups.openfire.db;

/** The schema's install and upgrades on HSQLDB, Openfire's embedded database, in memory. */
class HsqldbSchemaUpgradeTest extends SchemaUpgradeContract {

    @Override
    ScratchDatabase openScratchDatabase() {
        return InMemoryHsqldb.create();
    }
}
