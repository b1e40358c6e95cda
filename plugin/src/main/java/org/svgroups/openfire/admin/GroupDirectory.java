package org.svgroups.openfire.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.svgroups.core.share.ShareKind;

/**
 * What the console reads about all groups at once, from the database rather than from rooms in memory (which
 * Openfire loads only when used): a light row per group, searches by member, and share totals.
 */
public interface GroupDirectory {

    /** Every group of the group service, in no particular order. */
    List<GroupRow> groups();

    /** The names of the groups the user (a bare JID) is owner, admin or member of. */
    Set<String> groupsOf(String bareJid);

    /** The owners, admins and members of every group of the service, as bare JIDs, by the group's bare JID. */
    Map<String, Set<String>> memberships();

    /** The names of the groups with an owner, admin or member whose address contains {@code text} (any case). */
    Set<String> groupsWithMember(String text);

    /** A group's share counts from {@code from} on, latest day first. */
    List<ItemShares> sharesOf(String groupJid, LocalDate from);

    /** Shares per day over the period, both days included; days without shares are left out. */
    SortedMap<LocalDate, Long> sharesPerDay(LocalDate from, LocalDate to);

    /** The items shared most over the period, most shared first, at most {@code limit}. */
    List<ItemShares> mostShared(LocalDate from, LocalDate to, int limit);

    /** Shares of one item (on one day, or over a period when {@code day} is null). Bean getters for the JSPs. */
    record ItemShares(LocalDate day, ShareKind kind, String itemId, long shares) {

        public LocalDate getDay() {
            return day;
        }

        public String getKind() {
            return kind.xmlValue();
        }

        public String getItemId() {
            return itemId;
        }

        public long getShares() {
            return shares;
        }
    }
}
