package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fixture of a store's contract on one database: once per test class the plugin's current schema on a scratch
 * database of the subclass's {@link TestDatabase} ({@link InstalledSchema}) and the store on it; before each test
 * the store's table emptied (or the test skipped, when the database's tests are). Checks the table as the scripts
 * make it.
 *
 * @param <S> the store
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract<S> {

    /**
     * A table as the scripts make it: its name, its columns (NOT NULL unless among {@code nullable}) and its primary
     * key, in lower case.
     */
    record Table(String name, List<String> columns, List<String> primaryKey, List<String> nullable) {

        Table(String name, List<String> columns, List<String> primaryKey) {
            this(name, columns, primaryKey, List.of());
        }
    }

    private final TestDatabase target;
    private final Function<ConnectionSource, S> storeOn;
    private final Table table;
    /** The schema the store writes into. */
    InstalledSchema schema;
    /** The store under test. */
    S store;

    StoreContract(TestDatabase target, Function<ConnectionSource, S> storeOn, Table table) {
        this.target = target;
        this.storeOn = storeOn;
        this.table = table;
    }

    @BeforeAll
    void installSchema() throws SQLException {
        schema = InstalledSchema.on(target);
        store = schema.available() ? storeOn.apply(schema.connections()) : null;
    }

    @AfterAll
    void dropSchema() throws SQLException {
        schema.close();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        schema.emptyTable(table.name());
    }

    @Test
    void theScriptsCreateTheTableWithItsColumnsAndKey() throws SQLException {
        schema.assertOpenfireWouldRunTheScripts();
        SchemaMetadata metadata = schema.table(table.name());
        assertThat(metadata.columns()).containsOnlyKeys(table.columns())
                .allSatisfy((column, type) -> assertThat(type.endsWith(" not null")).as(column)
                        .isNotEqualTo(table.nullable().contains(column)));
        assertThat(metadata.primaryKey()).containsExactlyElementsOf(table.primaryKey());
    }
}
