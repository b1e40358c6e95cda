package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbcUserProperties} on Openfire's {@code ofUserProp} as its HSQLDB script makes it. */
class JdbcUserPropertiesTest {

    private ScratchDatabase database;
    private JdbcUserProperties properties;

    @BeforeEach
    void createOpenfiresTable() throws SQLException {
        database = InMemoryHsqldb.create();
        try (Connection connection = database.connections().open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ofUserProp (username VARCHAR(64) NOT NULL, name VARCHAR(100) NOT NULL,"
                    + " propValue VARCHAR(4000) NOT NULL, CONSTRAINT ofUserProp_pk PRIMARY KEY (username, name))");
            statement.execute("INSERT INTO ofUserProp VALUES ('tess', 'svgroups.birthdate', '2009-06-04')");
            statement.execute("INSERT INTO ofUserProp VALUES ('tess', 'other', 'x')");
            statement.execute("INSERT INTO ofUserProp VALUES ('bob', 'other', 'y')");
        }
        properties = new JdbcUserProperties(database.connections());
    }

    @AfterEach
    void drop() throws SQLException {
        database.close();
    }

    @Test
    void readsTheOnePropertyOfTheOneUser() {
        assertThat(properties.property("tess", "svgroups.birthdate")).contains("2009-06-04");
        assertThat(properties.property("bob", "svgroups.birthdate")).isEmpty();
        assertThat(properties.property("nobody", "svgroups.birthdate")).isEmpty();
    }

    @Test
    void aDatabaseThatCannotAnswerIsAFailureNotAnAbsentProperty() {
        JdbcUserProperties unreachable = new JdbcUserProperties(() -> {
            throw new SQLTransientConnectionException("connection refused");
        });
        assertThatThrownBy(() -> unreachable.property("tess", "svgroups.birthdate"))
                .isInstanceOf(PersistenceException.class).hasMessageContaining("svgroups.birthdate of tess");
    }
}
