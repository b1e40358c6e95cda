package org.jivesoftware.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.*;

public class DbConnectionManager {
    public static boolean testConnection(Map<String,String> errors) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Connection getConnection() throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Connection getTransactionConnection() throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeTransactionConnection(PreparedStatement pstmt, Connection con, boolean abortTransaction) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeTransactionConnection(Connection con, boolean abortTransaction) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeResultSet(ResultSet rs) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeStatement(Statement stmt) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeStatement(ResultSet rs, Statement stmt) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void fastcloseStmt(PreparedStatement pstmt) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void fastcloseStmt(ResultSet rs, PreparedStatement pstmt) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeConnection(ResultSet rs, Statement stmt, Connection con) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeConnection(Statement stmt, Connection con) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void closeConnection(Connection con) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static PreparedStatement createScrollablePreparedStatement(Connection con, String sql) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void scrollResultSet(ResultSet rs, int rowNumber) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void limitRowsAndFetchSize(PreparedStatement pstmt, int startIndex, int numResults) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setFetchSize(PreparedStatement pstmt, int fetchSize) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLargeTextField(ResultSet rs, int columnIndex) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setLargeTextField(PreparedStatement pstmt, int parameterIndex, String value) throws SQLException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setMaxRows(Statement stmt, int maxRows) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setFetchSize(ResultSet rs, int fetchSize) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static DatabaseType getDatabaseType() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isProfilingEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProfilingEnabled(boolean enable) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isTransactionsSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isStreamTextRequired() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isMaxRowsSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isFetchSizeSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isPstmtFetchSizeSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isSubqueriesSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isScrollResultsSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isBatchUpdatesSupported() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isEmbeddedDB() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getIdentifierQuoteString() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static ResultSetLimitKeyword getResultSetLimitKeyword() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isResultSetLimitKeywordPrefix() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getTestSQL(String driver) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public enum DatabaseType {
        oracle, postgresql, cockroachdb, mysql, mariadb, hsqldb, db2, firebird, sqlserver, interbase, unknown;

        public String escapeIdentifier(final String keyword) {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public ResultSetLimitKeyword getResultSetLimitKeyword() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }

        public boolean isResultSetLimitKeywordPrefix() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }

    public enum ResultSetLimitKeyword {
        TOP, FETCH_FIRST, LIMIT;

        public boolean isPrefix() {
            throw new UnsupportedOperationException("openfire-api is compile-only");
        }
    }
}
