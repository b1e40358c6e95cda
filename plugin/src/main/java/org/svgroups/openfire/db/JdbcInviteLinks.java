package org.svgroups.openfire.db;

import static org.svgroups.openfire.db.JdbcSupport.checkLength;
import static org.svgroups.openfire.db.JdbcSupport.checkNotEmpty;
import static org.svgroups.openfire.db.JdbcSupport.millis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.InviteLinkStore;

/**
 * Invite links in the table {@value #TABLE} (schema version 5), by the SHA-256 of their token. A use is one
 * conditional UPDATE (active, not used up, at the database), so that concurrent joins on any cluster node cannot
 * both take a link's last use. Instants are epoch milliseconds; revoked is 0 or 1.
 */
public final class JdbcInviteLinks implements InviteLinkStore {

    public static final String TABLE = "ofSvgInviteLink";
    static final int MAX_JID_LENGTH = 255;

    private static final String COLUMNS = "linkId, groupJID, creator, created, expires, maxUses, uses, revoked";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLE;
    private static final String INSERT = "INSERT INTO " + TABLE + " (tokenHash, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_HASH = SELECT + " WHERE tokenHash = ?";
    private static final String BY_ID = SELECT + " WHERE groupJID = ? AND linkId = ?";
    private static final String OF_GROUP = SELECT + " WHERE groupJID = ? ORDER BY created, linkId";
    private static final String REVOKE = "UPDATE " + TABLE + " SET revoked = 1 WHERE groupJID = ? AND linkId = ?";
    private static final String USE = "UPDATE " + TABLE + " SET uses = uses + 1"
            + " WHERE tokenHash = ? AND revoked = 0 AND expires > ? AND (maxUses = 0 OR uses < maxUses)";
    private static final String DELETE_EXPIRED = "DELETE FROM " + TABLE + " WHERE expires <= ?";
    private static final String DELETE_GROUP = "DELETE FROM " + TABLE + " WHERE groupJID = ?";

    private final JdbcStatements statements;

    public JdbcInviteLinks(ConnectionSource connections) {
        this.statements = new JdbcStatements(Objects.requireNonNull(connections, "connections"));
    }

    @Override
    public void save(InviteLink link, String tokenHash) {
        checkNotEmpty("token hash", tokenHash, 64);
        checkNotEmpty("link id", link.id(), 16);
        checkNotEmpty("group", link.group(), MAX_JID_LENGTH);
        checkLength("creator", link.creator(), MAX_JID_LENGTH);
        statements.update("save a link of " + link.group(), INSERT, tokenHash, link.id(), link.group(), link.creator(),
                millis("created", link.created()), millis("expires", link.expires()), link.maxUses(), link.uses(),
                link.revoked() ? 1 : 0);
    }

    @Override
    public Optional<InviteLink> findByHash(String tokenHash) {
        return statements.query("find a link", BY_HASH, JdbcInviteLinks::link, tokenHash).stream().findFirst();
    }

    @Override
    public Optional<InviteLink> find(String group, String id) {
        return statements.query("find link " + id + " of " + group, BY_ID, JdbcInviteLinks::link, group, id)
                .stream().findFirst();
    }

    @Override
    public List<InviteLink> ofGroup(String group) {
        return statements.query("list the links of " + group, OF_GROUP, JdbcInviteLinks::link, group);
    }

    @Override
    public boolean revoke(String group, String id) {
        return statements.update("revoke link " + id + " of " + group, REVOKE, group, id) > 0;
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        return statements.update("count a use of a link", USE, tokenHash, millis("now", now)) > 0;
    }

    @Override
    public int removeExpired(Instant now) {
        return statements.update("remove the links expired at " + now, DELETE_EXPIRED, millis("now", now));
    }

    @Override
    public int removeGroup(String group) {
        return statements.update("remove the links of " + group, DELETE_GROUP, group);
    }

    private static InviteLink link(ResultSet row) throws SQLException {
        return new InviteLink(row.getString(1), row.getString(2), row.getString(3), Instant.ofEpochMilli(row.getLong(4)),
                Instant.ofEpochMilli(row.getLong(5)), row.getInt(6), row.getInt(7), row.getInt(8) != 0);
    }
}
