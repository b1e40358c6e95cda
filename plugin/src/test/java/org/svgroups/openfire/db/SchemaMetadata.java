package org.svgroups.openfire.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A table as the JDBC driver describes it: columns, primary key and indexes, names in lower case. */
record SchemaMetadata(Map<String, String> columns, List<String> primaryKey, Map<String, List<String>> indexes) {

    /** The table's description; empty columns when there is no such table. */
    static SchemaMetadata of(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT)
                : metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();

        Map<String, String> columns = new TreeMap<>();
        try (ResultSet rows = metaData.getColumns(catalog, schema, name, null)) {
            while (rows.next()) {
                columns.put(lower(rows.getString("COLUMN_NAME")), rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                        + "(" + rows.getInt("COLUMN_SIZE") + ")"
                        + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
            }
        }
        Map<Integer, String> primaryKey = new TreeMap<>();
        try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, name)) {
            while (rows.next()) {
                primaryKey.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        Map<String, Map<Integer, String>> indexColumns = new TreeMap<>();
        if (!columns.isEmpty()) {
            try (ResultSet rows = metaData.getIndexInfo(catalog, schema, name, false, false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                        // HSQLDB names the primary key's index SYS_IDX_<constraint>_<a number that varies>.
                        String index = lower(rows.getString("INDEX_NAME")).replaceFirst("^(sys_idx_.*)_\\d+$", "$1");
                        indexColumns.computeIfAbsent(index, key -> new TreeMap<>())
                                .put((int) rows.getShort("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")));
                    }
                }
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        indexColumns.forEach((index, byPosition) -> indexes.put(index, new ArrayList<>(byPosition.values())));
        return new SchemaMetadata(columns, new ArrayList<>(primaryKey.values()), indexes);
    }

    boolean exists() {
        return !columns.isEmpty();
    }

    private static String lower(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
