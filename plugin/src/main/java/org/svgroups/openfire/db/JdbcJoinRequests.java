package org.svgroups.openfire.db;

import static org.svgroups.openfire.db.JdbcSupport.checkNotEmpty;
import static org.svgroups.openfire.db.JdbcSupport.millis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.links.JoinRequestStore;

/**
 * Join requests in the table {@value #TABLE} (schema version 5), one per group and user (the primary key):
 * a second request of the same person is refused by the key and reported as not stored, and two answers to one
 * request cannot both remove it.
 */
public final class JdbcJoinRequests implements JoinRequestStore {

    public static final String TABLE = "ofSvgJoinRequest";

    private static final String SELECT = "SELECT groupJID, userJID, linkId, created FROM " + TABLE;
    private static final String INSERT = "INSERT INTO " + TABLE + " (groupJID, userJID, linkId, created) VALUES (?, ?, ?, ?)";
    private static final String FIND = SELECT + " WHERE groupJID = ? AND userJID = ?";
    private static final String OF_GROUP = SELECT + " WHERE groupJID = ? ORDER BY created, userJID";
    private static final String OF_USER = SELECT + " WHERE userJID = ? ORDER BY created, groupJID";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE groupJID = ? AND userJID = ?";
    private static final String DELETE_GROUP = "DELETE FROM " + TABLE + " WHERE groupJID = ?";
    private static final String DELETE_OLDER = "DELETE FROM " + TABLE + " WHERE created < ?";

    private final JdbcStatements statements;

    public JdbcJoinRequests(ConnectionSource connections) {
        this.statements = new JdbcStatements(Objects.requireNonNull(connections, "connections"));
    }

    @Override
    public boolean saveIfAbsent(JoinRequest request) {
        checkNotEmpty("group", request.group(), JdbcInviteLinks.MAX_JID_LENGTH);
        checkNotEmpty("user", request.user(), JdbcInviteLinks.MAX_JID_LENGTH);
        checkNotEmpty("link id", request.linkId(), 16);
        return statements.insertIfAbsent("save the request of " + request.user() + " to join " + request.group(), INSERT,
                request.group(), request.user(), request.linkId(), millis("created", request.created()));
    }

    @Override
    public Optional<JoinRequest> find(String group, String user) {
        return statements.query("find the request of " + user + " to join " + group, FIND, JdbcJoinRequests::request,
                group, user).stream().findFirst();
    }

    @Override
    public List<JoinRequest> ofGroup(String group) {
        return statements.query("list the requests to join " + group, OF_GROUP, JdbcJoinRequests::request, group);
    }

    @Override
    public List<JoinRequest> ofUser(String user) {
        return statements.query("list the join requests of " + user, OF_USER, JdbcJoinRequests::request, user);
    }

    @Override
    public boolean remove(String group, String user) {
        return statements.update("remove the request of " + user + " to join " + group, DELETE, group, user) > 0;
    }

    @Override
    public int removeGroup(String group) {
        return statements.update("remove the requests to join " + group, DELETE_GROUP, group);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return statements.update("remove the join requests made before " + cutoff, DELETE_OLDER, millis("cutoff", cutoff));
    }

    private static JoinRequest request(ResultSet row) throws SQLException {
        return new JoinRequest(row.getString(1), row.getString(2), row.getString(3), Instant.ofEpochMilli(row.getLong(4)));
    }
}
