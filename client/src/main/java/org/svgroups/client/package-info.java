/**
 * Client library for svgroups: private friend groups on an Openfire multi-user chat service.
 *
 * <p>Entry points: {@link org.svgroups.client.SvGroupsClient#connect(ClientConfig)} for a connection of its own, or,
 * over an existing Smack connection, its managers, one per concern in the manner of Smack's own (each has
 * {@code getInstanceFor(connection)}): {@link org.svgroups.client.GroupService} (the group service and addresses),
 * {@link org.svgroups.client.GroupDirectory} (create, list, leave), {@link org.svgroups.client.GroupInvitations},
 * {@link org.svgroups.client.GroupChat} (rooms, messages, shares) and {@link org.svgroups.client.GroupHistory}.
 * Failures are {@link org.svgroups.client.SvGroupsException}s; server refusals carry a
 * {@link org.svgroups.client.Refusal}, whose svgroups condition is an {@link org.svgroups.core.refusal.AppCondition}
 * (the wire protocol comes from the {@code svgroups-core} module, shared with the server).</p>
 *
 * <p>Videos and products are shared with {@link org.svgroups.client.GroupChat#share} (build them with
 * {@link org.svgroups.client.Shares}) and read from received messages with
 * {@link org.svgroups.client.GroupMessage#share()}; the protocol is described in {@code docs/share-protocol.md}.</p>
 */
package org.svgroups.client;
