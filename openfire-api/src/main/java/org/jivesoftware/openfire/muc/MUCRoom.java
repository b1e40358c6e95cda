package org.jivesoftware.openfire.muc;

import java.util.*;
import java.util.concurrent.*;
import org.dom4j.Element;
import org.jivesoftware.openfire.muc.spi.*;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.*;
import org.xmpp.packet.*;

public class MUCRoom {
    public MUCRoom() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCRoom(MultiUserChatService chatService, String roomName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getJID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MultiUserChatService getMUCService() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getCreationDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getModificationDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getEmptyDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCOccupant getSelfRepresentation() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<MUCOccupant> getOccupantsByNickname(String nickname) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<MUCOccupant> getOccupantsByBareJID(final JID userAddress) throws UserNotFoundException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public MUCOccupant getOccupantByFullJID(final JID userAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<MUCOccupant> getOccupants() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getOccupantsCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasOccupant(String nickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean hasOccupant(final JID jid) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String findNickname(final JID userAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getReservedNickname(final JID userAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public JID getMemberForReservedNickname(final String nickname) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Affiliation getAffiliation(final JID userAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Role getRole(JID userAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public CompletableFuture<Void> clearChatHistory() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void destroyRoom(JID alternateJID, String reason) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void destroyRoom(JID alternateJID, String password, String reason) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Presence createPresence(Presence.Type presenceType) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void serverBroadcast(String msg) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void sendPublicMessage(Message message, MUCOccupant sender) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void sendPrivatePacket(final Packet packet, final MUCOccupant sender) throws NotFoundException, ForbiddenException, NotAcceptableException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void send(Packet packet, MUCOccupant sender) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void broadcast(final Presence presence, final boolean isJoinPresence) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void broadcast(final Message message) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public long getChatLength() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void addFirstOwner(final JID targetUserAddress) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addOwners(final List<JID> targetUserAddresses, final Affiliation actorAffiliation) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addOwner(final JID targetUserAddress, final Affiliation actorAffiliation) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addAdmins(final List<JID> targetUserAddresses, final Affiliation actorAffiliation) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addAdmin(final JID targetUserAddress, final Affiliation actorAffiliation) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addMember(final JID targetUserAddress, final String nickname, final Affiliation actorAffiliation) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addOutcast(final JID targetUserAddress, final String reason, final JID actorUserAddress, final Affiliation actorAffiliation, final Role actorRole) throws NotAllowedException, ForbiddenException, ConflictException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addNone(final JID targetUserAddress, final Affiliation actorAffiliation) throws ForbiddenException, ConflictException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> kickOccupant(final JID userAddress, final Affiliation actorAffiliation, final Role actorRole, final JID actorJID, final String actorNickname, final String reason) throws ForbiddenException, NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> kickOccupant(final JID userAddress, final Affiliation actorAffiliation, final Role actorRole, final JID actorJID, final String actorNickname, final String reason, final int status) throws ForbiddenException, NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isLocked() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isManuallyLocked() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Message getSubjectStanza() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getSubject() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setSubject(String subject) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void sendInvitation(final JID to, final String reason, final Affiliation senderAffiliation, final JID senderUserAddress, final List<Element> extensions) throws ForbiddenException, CannotBeInvitedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void sendInvitationRejection(JID to, String reason, JID sender) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getOwners() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getAdmins() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getMembers() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<JID> getOutcasts() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<MUCOccupant> getModerators() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Collection<MUCOccupant> getParticipants() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addModerator(final JID targetUserAddress, final Affiliation actorAffiliation) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addParticipant(final JID targetUserAddress, final String reason, final Affiliation actorAffiliation, final Role actorRole) throws ForbiddenException, NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> addVisitor(final JID targetUserAddress, final Affiliation actorAffiliation, final Role actorRole) throws ForbiddenException, NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canAnyoneDiscoverJID() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setCanAnyoneDiscoverJID(boolean canAnyoneDiscoverJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String canSendPrivateMessage() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setCanSendPrivateMessage(String role) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canOccupantsChangeSubject() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setCanOccupantsChangeSubject(boolean canOccupantsChangeSubject) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canOccupantsInvite() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setCanOccupantsInvite(boolean canOccupantsInvite) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getNaturalLanguageName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setNaturalLanguageName(String naturalLanguageName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setDescription(String description) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isMembersOnly() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Presence> setMembersOnly(final boolean membersOnly, final Affiliation actorAffiliation, final JID actorJid) throws ForbiddenException, NotAllowedException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isLogEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setPreserveHistOnRoomDeletionEnabled(boolean preserveHistOnRoomDeletion) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isPreserveHistOnRoomDeletionEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setLogEnabled(boolean logEnabled) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setLoginRestrictedToNickname(boolean restricted) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isLoginRestrictedToNickname() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setChangeNickname(boolean canChange) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canChangeNickname() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRegistrationEnabled(boolean registrationEnabled) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRegistrationEnabled() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public int getMaxUsers() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setMaxUsers(int maxUsers) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isModerated() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setModerated(boolean moderated) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isRetireOnDeletion() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRetireOnDeletion(boolean retire) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public String getPassword() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setPassword(String password) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isPasswordProtected() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isPersistent() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean wasSavedToDB() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setSavedToDB(boolean saved) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setPersistent(boolean persistent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean isPublicRoom() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setPublicRoom(boolean publicRoom) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public List<Role> getRolesToBroadcastPresence() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void setRolesToBroadcastPresence(final List<Role> rolesToBroadcastPresence) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public boolean canBroadcastPresence(final Role roleToBroadcast) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void lock(MUCOccupant actor) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void unlock(final Affiliation actorAffiliation) throws ForbiddenException {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public Date getLockedDate() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void saveToDB() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
