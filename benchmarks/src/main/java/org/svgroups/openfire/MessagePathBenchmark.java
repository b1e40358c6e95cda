package org.svgroups.openfire;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * svgroups' work on the message path of a group of 32, before (svgroups 0.7.0: {@link FormerMessagePath}) and after
 * (the plugin's classes as built), in one run:
 *
 * <ul>
 *   <li>{@code listener*}: what {@link ArchiveListener#messageReceived} does for each delivered message, archive
 *       on (children's walk, archive rule, bare JIDs, stored form, the buffer's {@code offer}). The buffer holds one
 *       message, so every later offer is refused and counted: the same cheap end for both, and no memory growth.</li>
 *   <li>{@code storedStanza*}: the stored form alone.</li>
 *   <li>{@code copy*}: what the interceptors do for each of the 32 copies the room sends (from the group, to a
 *       member): before, {@code GroupStanzaInterceptor} tests the copy's {@code from} and the invite-link interceptor
 *       its {@code to}; after, the one interceptor tests the {@code from}.</li>
 * </ul>
 *
 * <p>The delivered message is as Openfire hands it to the listener: read from the sender's text, then {@code from}
 * set to the occupant, {@code to} to a member, and the {@code <stanza-id by='group'/>} and occupant-id added. Three
 * kinds: a 400-character body, an OMEMO message (a header with 32 recipients' keys, a payload and a fallback body),
 * a share as svgroups delivers it (share element, body, oob link).
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessagePathBenchmark {

    private static final String SERVICE = "groups.example.org";
    private static final JID ROOM = new JID("crew@" + SERVICE);
    private static final JID SENDER = new JID("alice@example.org/phone");

    @Param({"body", "omemo", "share"})
    public String kind;

    private Message delivered;
    private Message copy;
    private ArchiveListener listener;
    private FormerMessagePath former;
    private GroupStanzaInterceptor interceptor;

    @Setup
    public void setUp() throws DocumentException {
        delivered = delivered(kind);
        copy = delivered.createCopy();
        copy.setTo("bob@example.org/laptop");

        MultiUserChatService service = (MultiUserChatService) Proxy.newProxyInstance(
                MultiUserChatService.class.getClassLoader(), new Class<?>[] {MultiUserChatService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getServiceDomain")) {
                        return SERVICE;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        GroupService groups = new GroupService(service, FixedGroupSettings.defaults());
        ArchiveClock clock = new ArchiveClock(Clock.systemUTC());
        ArchiveBuffer full = new ArchiveBuffer(1, 1);
        listener = new ArchiveListener(groups, full, clock, null, () -> true);
        former = new FormerMessagePath(SERVICE, full, clock);
        // A copy never gets past the address test: the paths are not reached.
        interceptor = new GroupStanzaInterceptor(groups, null, null, null, null, null, null, null, null,
                new LinkAnswerPath((room, approver, user, approve) -> {
                    throw new AssertionError("a copy reached the link answers");
                }), null);

        // Each benchmark takes the path its name says.
        listener.messageReceived(ROOM, SENDER, "alice", delivered);
        former.messageReceived(ROOM, SENDER, "alice", delivered);
        if (full.dropped() != 1) {
            throw new IllegalStateException("the " + kind + " message was not archived by both");
        }
        if (!StoredStanza.of(delivered).equals(FormerMessagePath.storedStanza(delivered))) {
            throw new IllegalStateException("the stored forms differ");
        }
        if (interceptor.check(copy) != Verdict.PASS || former.linkAnswerAddressed(copy)) {
            throw new IllegalStateException("the copy is not told as one");
        }
    }

    private static Message delivered(String kind) throws DocumentException {
        String sent = switch (kind) {
            case "body" -> "<message type='groupchat' id='8c1f2e34-5a6b-4c7d-9e0f-a1b2c3d4e5f6' to='crew@groups.example.org'"
                    + " xml:lang='en'><body>" + body(400) + "</body>"
                    + "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                    + "<markable xmlns='urn:xmpp:chat-markers:0'/></message>";
            case "omemo" -> {
                StringBuilder keys = new StringBuilder();
                for (int i = 0; i < 32; i++) {
                    keys.append("<key rid='").append(1_000_000 + i * 7919).append("'>")
                            .append("MwohBT+ox7v6nsPBwWY/r1Kz3T5nVnE9w0cK2gQw8P3dBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").append(i % 10)
                            .append("</key>");
                }
                yield "<message type='groupchat' id='omemo-5a6b' to='crew@groups.example.org'>"
                        + "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='27183'>" + keys
                        + "<iv>9JiqtqDFUSJSH+kz</iv></header><payload>" + "kwvSMC/AxRnz4DdmbENHk=".repeat(20)
                        + "</payload></encrypted>"
                        + "<encryption xmlns='urn:xmpp:eme:0' namespace='eu.siacs.conversations.axolotl' name='OMEMO'/>"
                        + "<store xmlns='urn:xmpp:hints'/><body>I sent you an OMEMO encrypted message but your client"
                        + " doesn\u2019t seem to support that.</body></message>";
            }
            case "share" -> "<message type='groupchat' id='share-77' to='crew@groups.example.org'>"
                    + "<share xmlns='urn:svgroups:share:0' kind='video' id='v-123456' verified='true'"
                    + " url='https://videos.example.test/v/v-123456?t=42&amp;list=summer'>"
                    + "<title>Dance &amp; \"tutorial\" \u00e9t\u00e9 2026 \uD83C\uDF89</title><author>Studio Zo\u00eb</author>"
                    + "<thumbnail>https://videos.example.test/t/v-123456.jpg</thumbnail><duration>PT4M12S</duration></share>"
                    + "<body>Dance &amp; \"tutorial\" \u00e9t\u00e9 2026 https://videos.example.test/v/v-123456?t=42&amp;list=summer</body>"
                    + "<x xmlns='jabber:x:oob'><url>https://videos.example.test/v/v-123456?t=42&amp;list=summer</url></x>"
                    + "</message>";
            default -> throw new IllegalArgumentException(kind);
        };
        Message message = new Message(DocumentHelper.parseText(sent).getRootElement(), true);
        // As the room delivers it.
        message.setFrom(new JID("crew@" + SERVICE + "/alice"));
        message.setTo("bob@example.org/laptop");
        Element element = message.getElement();
        element.addElement(QName.get("stanza-id", "urn:xmpp:sid:0")).addAttribute("id", "3f1c8f4e-2b7a-4d89-9a1e-0c5d6b7e8f90")
                .addAttribute("by", ROOM.toBareJID());
        element.addElement(QName.get("occupant-id", "urn:xmpp:occupant-id:0"))
                .addAttribute("id", "dGhpcyBpcyBhbGljZSdzIG9jY3VwYW50IGlk");
        return message;
    }

    /** 400 characters of chat (words, punctuation, an apostrophe, an ampersand, accents, an emoji), as XML text. */
    private static String body(int length) {
        String words = "Rehearsal moved to 7pm tonight, don't be late! On apporte les boissons & le g\u00e2teau "
                + "\u00e0 la salle habituelle \uD83C\uDF89 see you there? ";
        StringBuilder body = new StringBuilder(length);
        while (body.length() < length) {
            body.append(words);
        }
        return body.substring(0, length).replace("&", "&amp;");
    }

    @Benchmark
    public long listenerBefore() {
        former.messageReceived(ROOM, SENDER, "alice", delivered);
        return Objects.hashCode(delivered);
    }

    @Benchmark
    public long listenerAfter() {
        listener.messageReceived(ROOM, SENDER, "alice", delivered);
        return Objects.hashCode(delivered);
    }

    @Benchmark
    public String storedStanzaBefore() {
        return FormerMessagePath.storedStanza(delivered);
    }

    @Benchmark
    public String storedStanzaAfter() {
        return StoredStanza.of(delivered);
    }

    @Benchmark
    public boolean copyBefore() throws PacketRejectedException {
        interceptor.interceptPacket(copy, null, true, false);
        return former.linkAnswerAddressed(copy);
    }

    @Benchmark
    public void copyAfter() throws PacketRejectedException {
        interceptor.interceptPacket(copy, null, true, false);
    }
}
