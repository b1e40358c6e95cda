package org.svgroups.openfire.bookmarks;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
import org.svgroups.core.bookmarks.BookmarkPlan;
import org.svgroups.core.bookmarks.GroupBookmark;
import org.svgroups.core.bookmarks.StoredConference;

/**
 * A user's XEP-0048 {@code <storage xmlns='storage:bookmarks'/>} as dom4j: the conference entries the rules read,
 * and the plan applied in place, so that everything else in it (URL bookmarks, other rooms, attributes and
 * extensions on an entry) stays exactly as the user's client wrote it.
 */
final class StorageBookmarks {

    static final String NAMESPACE = "storage:bookmarks";
    private static final QName STORAGE = QName.get("storage", NAMESPACE);
    private static final QName CONFERENCE = QName.get("conference", NAMESPACE);
    private static final QName NICK = QName.get("nick", NAMESPACE);

    private StorageBookmarks() {
    }

    /** An empty storage element, as a user who never bookmarked anything has. */
    static Element empty() {
        return DocumentHelper.createElement(STORAGE);
    }

    /** The conference entries that have a JID, in storage order; entries without one are not the rules' concern. */
    static List<StoredConference> conferences(Element storage) {
        List<StoredConference> conferences = new ArrayList<>();
        for (Element conference : entries(storage)) {
            conferences.add(new StoredConference(conference.attributeValue("jid"), conference.attributeValue("name")));
        }
        return conferences;
    }

    /** Applies a plan made from {@link #conferences} of the same element. */
    static void apply(Element storage, BookmarkPlan plan) {
        List<Element> entries = entries(storage);
        plan.rename().forEach((index, name) -> entries.get(index).addAttribute("name", name));
        for (int index : plan.remove()) {
            storage.remove(entries.get(index));
        }
        for (GroupBookmark group : plan.add()) {
            Element conference = storage.addElement(CONFERENCE)
                    .addAttribute("jid", group.group())
                    .addAttribute("name", group.name())
                    .addAttribute("autojoin", "true");
            conference.addElement(NICK).setText(group.nick());
        }
    }

    private static List<Element> entries(Element storage) {
        List<Element> entries = new ArrayList<>();
        for (Element conference : storage.elements(CONFERENCE)) {
            String jid = conference.attributeValue("jid");
            if (jid != null && !jid.isBlank()) {
                entries.add(conference);
            }
        }
        return entries;
    }
}
