package org.svgroups.it.webclient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svgroups.it.HeadlessChromium;
import org.svgroups.it.RealOpenfire;

/**
 * One person's Converse.js, logged in to the real server in a headless Chromium. What the tests check is read
 * from what the page shows (the room list, the bookmarks dialog, a room's messages); Converse's own state, which
 * the page's watching plugin exposes as {@code window.svg}, only tells when it has finished something and why a
 * thing is not shown.
 */
final class Converse implements AutoCloseable {

    /** Generous: the machine is shared, and Converse fetches and renders much before it shows anything. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A room as a person sees it listed: its address and the name shown. */
    record Listed(String jid, String name) {
    }

    /** A message as a room's view shows it: from whom (their nickname in the room) and its text. */
    record Shown(String nick, String text) {
    }

    private final HeadlessChromium chromium;
    private final ChromeDriver driver;
    private final String user;

    private Converse(HeadlessChromium chromium, String user) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.user = user;
    }

    /** Opens Converse in a browser that has never run it (a fresh profile) and logs {@code username} in. */
    static Converse open(ConversePage page, String username) {
        return login(HeadlessChromium.start(), page, username);
    }

    /** Opens Converse in the browser profile of an earlier visit, so that it finds what it kept then. */
    static Converse open(ConversePage page, String username, Path profile) {
        return login(HeadlessChromium.start(profile), page, username);
    }

    private static Converse login(HeadlessChromium chromium, ConversePage page, String username) {
        Converse converse = new Converse(chromium, username + "@" + RealOpenfire.DOMAIN);
        try {
            converse.driver.manage().timeouts().scriptTimeout(WAIT);
            converse.driver.get(page.url(converse.user, RealOpenfire.PASSWORD));
            converse.until("Converse to log " + converse.user + " in",
                    "return !!(window.svg && svg.api.connection.connected() && svg.api.user.jid());");
            return converse;
        } catch (RuntimeException e) {
            converse.close();
            throw e;
        }
    }

    /** The rooms the control box lists under "Groupchats" (the rooms Converse has open). */
    List<Listed> roomsList() {
        return listed("converse-rooms-list li.available-chatroom");
    }

    /** Waits until the control box lists this room under "Groupchats" (or gives up); returns the list. */
    List<Listed> awaitListed(String roomJid) {
        try {
            until(roomJid + " in the list of groupchats", "return !!document.querySelector("
                    + "'converse-rooms-list li.available-chatroom[data-room-jid=\"' + arguments[0] + '\"]');", roomJid);
        } catch (TimeoutException e) {
            // The caller's assertion says what is listed instead.
        }
        return roomsList();
    }

    /**
     * Opens the Bookmarks dialog (as its item in the Groupchats menu does, without clicking through whatever
     * dialog Converse may be showing, such as an invitation) and returns the bookmarks it lists.
     */
    List<Listed> bookmarksDialog() {
        awaitBookmarks();
        driver.executeScript("svg.api.modal.show('converse-bookmark-list-modal');");
        String entries = "converse-bookmark-list-modal converse-bookmarks .available-chatroom";
        until("the bookmarks dialog to list Converse's bookmarks",
                "return document.querySelectorAll(arguments[0]).length === svg.state.bookmarks.length;", entries);
        return listed(entries);
    }

    /** Waits until Converse has fetched the user's bookmarks from the server (and opened those marked autojoin). */
    void awaitBookmarks() {
        until("bookmarks to be fetched", "const done = arguments[arguments.length - 1];"
                + "svg.api.waitUntil('bookmarksInitialized').then(() => done(true));");
    }

    /** Converse's bookmark of this room ({@code jid}, {@code name}, {@code autojoin}, {@code nick}), if it has one. */
    Optional<Map<String, Object>> bookmark(String roomJid) {
        @SuppressWarnings("unchecked")
        Map<String, Object> bookmark = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "svg.api.bookmarks.get(arguments[0]).then(b => done(b ? {jid: b.get('jid'), name: b.get('name'),"
                        + " autojoin: b.get('autojoin'), nick: b.get('nick')} : null));", roomJid);
        return Optional.ofNullable(bookmark);
    }

    /** Opens a room as the "Add groupchat" dialog does, with this nickname. */
    void openRoom(String roomJid, String nick) {
        driver.executeScript("svg.api.rooms.open(arguments[0], {nick: arguments[1]});", roomJid, nick);
    }

    /** Waits until Converse has entered the room (its join was accepted) and has read the room's features. */
    void awaitEntered(String roomJid) {
        until(user + " to enter " + roomJid, "const muc = svg.state.chatboxes?.get(arguments[0]);"
                + "return !!(muc && muc.isEntered() && muc.features.get('fetched'));", roomJid);
    }

    /** Whether the room told Converse it keeps an archive (XEP-0313), so that Converse fetches its history. */
    boolean roomHasArchive(String roomJid) {
        return Boolean.TRUE.equals(driver.executeScript(
                "return svg.state.chatboxes.get(arguments[0]).features.get('mam_enabled');", roomJid));
    }

    /** How many messages Converse has received from the room's archive so far. */
    long fetchedFromArchive(String roomJid) {
        Object count = driver.executeScript("return svg.archived[arguments[0]] || 0;", roomJid);
        return ((Number) count).longValue();
    }

    /** Waits until the room's view shows at least {@code count} messages (or gives up); returns what it shows. */
    List<Shown> awaitMessages(String roomJid, int count) {
        // Brought to the front (force: in fullscreen mode Converse otherwise leaves the chat in front), as a person
        // would click it: with many groups open (every group of the user is
        // joined from its bookmark), Converse renders the messages of the room on show only.
        driver.executeScript("svg.api.rooms.open(arguments[0], {}, true);", roomJid);
        try {
            until(count + " messages in " + roomJid, "return document.querySelectorAll("
                    + "'converse-muc[jid=\"' + arguments[0] + '\"] converse-chat-message .chat-msg__text').length >= arguments[1];",
                    roomJid, count);
        } catch (TimeoutException e) {
            // The caller's assertion says what is shown instead.
        }
        return messages(roomJid);
    }

    /**
     * The messages the room's view shows, oldest first: the nickname they are from (Converse heads only the first
     * of a run of messages with it, and marks each with {@code data-from}) and their text.
     */
    List<Shown> messages(String roomJid) {
        @SuppressWarnings("unchecked")
        List<List<String>> shown = (List<List<String>>) driver.executeScript("""
                const view = document.querySelector('converse-muc[jid="' + arguments[0] + '"]');
                return view ? Array.from(view.querySelectorAll('converse-chat-message .chat-msg'))
                    .filter(message => message.querySelector('.chat-msg__text'))
                    .map(message => [(message.getAttribute('data-from') || '').split('/').slice(1).join('/'),
                                     message.querySelector('.chat-msg__text').textContent.trim()]) : [];""", roomJid);
        return shown.stream().map(message -> new Shown(message.get(0), message.get(1))).toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        return chromium.screenshot(name);
    }

    @Override
    public void close() {
        chromium.close();
    }

    /** Each entry's address and the name it shows (its link's text, without the avatar's initials or an unread count). */
    private List<Listed> listed(String entriesCss) {
        @SuppressWarnings("unchecked")
        List<List<String>> entries = (List<List<String>>) driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0])).map(entry => {
                    const link = entry.querySelector('a.open-room').cloneNode(true);
                    link.querySelectorAll('converse-avatar, .badge').forEach(e => e.remove());
                    return [entry.getAttribute('data-room-jid'), link.textContent.trim()];
                });""", entriesCss);
        return entries.stream().map(entry -> new Listed(entry.get(0), entry.get(1))).toList();
    }

    private void until(String what, String script, Object... arguments) {
        JavascriptExecutor js = driver;
        boolean async = script.contains("arguments[arguments.length - 1]");
        new WebDriverWait(driver, WAIT).withMessage(() -> "Timed out waiting for " + what)
                .until(d -> Boolean.TRUE.equals(async ? js.executeAsyncScript(script, arguments) : js.executeScript(script, arguments)));
    }
}
