/**
 * Client library for svgroups: private friend groups on an Openfire multi-user chat service.
 *
 * <p>Entry points: {@link org.svgroups.client.SvGroupsClient#connect(ClientConfig)} for a connection of its own, or
 * {@link org.svgroups.client.SvGroupsManager#getInstanceFor(org.jivesoftware.smack.XMPPConnection)} over an existing
 * Smack connection. Failures are {@link org.svgroups.client.SvGroupsException}s; server refusals carry a
 * {@link org.svgroups.client.Refusal}, whose svgroups condition is an {@link org.svgroups.core.refusal.AppCondition}
 * (the wire protocol comes from the {@code svgroups-core} module, shared with the server).</p>
 *
 * <p>Videos and products are shared with {@link org.svgroups.client.SvGroupsManager#share} (build them with
 * {@link org.svgroups.client.Shares}) and read from received messages with
 * {@link org.svgroups.client.GroupMessage#share()}; the protocol is described in {@code docs/share-protocol.md}.</p>
 */
package org.svgroups.client;
