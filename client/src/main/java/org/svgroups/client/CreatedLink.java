package org.svgroups.client;

/**
 * A new invite link: its token is only ever in this answer (the server keeps a hash), so share {@link #uri()} (or
 * wrap it in the app's own https link) now.
 *
 * @param uri {@code xmpp:GROUP?svgroups-join;token=TOKEN}
 */
public record CreatedLink(LinkInfo link, String token, String uri) {
}
