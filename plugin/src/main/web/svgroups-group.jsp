<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    org.svgroups.openfire.admin.GroupPage groupPage =
            org.svgroups.openfire.admin.GroupPage.handle(request, response, webManager);
    if (groupPage == null) {
        return; // redirected after the dissolution
    }
    pageContext.setAttribute("group", groupPage);
%>
<html>
<head>
    <title><fmt:message key="svgroups.group.title"/></title>
    <meta name="pageID" content="svgroups-groups"/>
</head>
<body>

<p><a href="svgroups-groups.jsp">&laquo; <fmt:message key="svgroups.group.back"/></a></p>

<c:if test="${not empty group.removed}">
    <fmt:message key="svgroups.group.removed" var="removedText"><fmt:param value="${group.removed}"/></fmt:message>
    <div class="jive-success">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:out value="${removedText}"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${group.revoked}">
    <div class="jive-success">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><fmt:message key="svgroups.group.links.revoked"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${not empty group.error or not empty group.notFound}">
    <div class="jive-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:out value="${empty group.notFound ? group.error : group.notFound}"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<c:if test="${not empty group.group}">

<c:if test="${not empty group.confirmRemove}">
    <fmt:message key="svgroups.group.confirm-remove" var="confirmText"><fmt:param value="${group.confirmRemove}"/></fmt:message>
    <form action="svgroups-group.jsp" method="post" id="svgroups-confirm-remove">
        <input type="hidden" name="csrf" value="<c:out value='${group.csrf}'/>">
        <input type="hidden" name="group" value="<c:out value='${group.name}'/>">
        <input type="hidden" name="remove" value="<c:out value='${group.confirmRemove}'/>">
        <div class="jive-warning">
            <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
                <td class="jive-icon"><img src="../../images/warning-16x16.gif" width="16" height="16" border="0" alt=""></td>
                <td class="jive-icon-label"><c:out value="${confirmText}"/>
                    <input type="submit" name="confirm" value="<fmt:message key="svgroups.group.confirm-remove.submit"/>">
                    <c:url var="cancelUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.name}"/></c:url>
                    <a href="<c:out value='${cancelUrl}'/>"><fmt:message key="svgroups.group.cancel"/></a></td>
            </tr></tbody></table>
        </div>
    </form><br>
</c:if>

<c:if test="${not empty group.confirmRevoke}">
    <fmt:message key="svgroups.group.links.confirm-revoke" var="confirmText"><fmt:param value="${group.confirmRevoke.creator}"/></fmt:message>
    <form action="svgroups-group.jsp" method="post" id="svgroups-confirm-revoke">
        <input type="hidden" name="csrf" value="<c:out value='${group.csrf}'/>">
        <input type="hidden" name="group" value="<c:out value='${group.name}'/>">
        <input type="hidden" name="revoke" value="<c:out value='${group.confirmRevoke.id}'/>">
        <div class="jive-warning">
            <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
                <td class="jive-icon"><img src="../../images/warning-16x16.gif" width="16" height="16" border="0" alt=""></td>
                <td class="jive-icon-label"><c:out value="${confirmText}"/>
                    <input type="submit" name="confirm" value="<fmt:message key="svgroups.group.links.revoke"/>">
                    <c:url var="cancelUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.name}"/></c:url>
                    <a href="<c:out value='${cancelUrl}'/>"><fmt:message key="svgroups.group.cancel"/></a></td>
            </tr></tbody></table>
        </div>
    </form><br>
</c:if>

<c:if test="${group.confirmDissolve}">
    <fmt:message key="svgroups.group.confirm-dissolve" var="confirmText"><fmt:param value="${group.jid}"/></fmt:message>
    <form action="svgroups-group.jsp" method="post" id="svgroups-confirm-dissolve">
        <input type="hidden" name="csrf" value="<c:out value='${group.csrf}'/>">
        <input type="hidden" name="group" value="<c:out value='${group.name}'/>">
        <input type="hidden" name="dissolve" value="true">
        <div class="jive-warning">
            <table cellpadding="3" cellspacing="0" border="0"><tbody>
                <tr><td class="jive-icon"><img src="../../images/warning-16x16.gif" width="16" height="16" border="0" alt=""></td>
                    <td class="jive-icon-label"><c:out value="${confirmText}"/></td></tr>
                <tr><td></td><td><label for="reason"><fmt:message key="svgroups.group.reason"/></label>
                    <input type="text" id="reason" name="reason" size="50" maxlength="${group.maxReasonLength}">
                    <input type="submit" name="confirm" value="<fmt:message key="svgroups.group.confirm-dissolve.submit"/>">
                    <c:url var="cancelUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.name}"/></c:url>
                    <a href="<c:out value='${cancelUrl}'/>"><fmt:message key="svgroups.group.cancel"/></a></td></tr>
            </tbody></table>
        </div>
    </form><br>
</c:if>

<div class="jive-contentBoxHeader"><c:out value="${group.displayName}"/></div>
<div class="jive-contentBox">
    <table cellpadding="3" cellspacing="0" border="0">
        <tr><td nowrap><fmt:message key="svgroups.group.address"/></td><td><c:out value="${group.jid}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.group.name"/></td><td><c:out value="${group.displayName}"/></td></tr>
        <c:if test="${not empty group.description}">
            <tr><td nowrap><fmt:message key="svgroups.group.description"/></td><td><c:out value="${group.description}"/></td></tr>
        </c:if>
        <tr><td nowrap><fmt:message key="svgroups.group.created"/></td><td><c:out value="${group.created}"/></td></tr>
    </table>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.group.members"><fmt:param value="${fn:length(group.members)}"/><fmt:param value="${group.memberCap}"/></fmt:message></div>
<div class="jive-table">
    <table id="svgroups-members" cellpadding="0" cellspacing="0" border="0" width="100%">
        <thead><tr>
            <th nowrap><fmt:message key="svgroups.group.member"/></th>
            <th nowrap><fmt:message key="svgroups.group.affiliation"/></th>
            <th nowrap><fmt:message key="svgroups.group.age-group"/></th>
            <th nowrap><fmt:message key="svgroups.group.actions"/></th>
        </tr></thead>
        <tbody>
        <c:forEach var="member" items="${group.members}" varStatus="row">
            <c:url var="removeUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.name}"/><c:param name="remove" value="${member.jid}"/></c:url>
            <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                <td><c:out value="${member.jid}"/></td>
                <td><c:out value="${member.affiliation}"/></td>
                <td><c:out value="${member.ageGroup}"/></td>
                <td><a href="<c:out value='${removeUrl}'/>"><fmt:message key="svgroups.group.remove"/></a></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
</div>
<br>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.group.invitations"/></div>
<c:choose>
    <c:when test="${empty group.invitations}"><p><fmt:message key="svgroups.group.invitations.none"/></p></c:when>
    <c:otherwise>
        <div class="jive-table">
            <table id="svgroups-invitations" cellpadding="0" cellspacing="0" border="0" width="100%">
                <thead><tr>
                    <th nowrap><fmt:message key="svgroups.group.invitee"/></th>
                    <th nowrap><fmt:message key="svgroups.group.age-group"/></th>
                    <th nowrap><fmt:message key="svgroups.group.inviter"/></th>
                    <th nowrap><fmt:message key="svgroups.group.sent"/></th>
                    <th nowrap><fmt:message key="svgroups.group.expires"/></th>
                </tr></thead>
                <tbody>
                <c:forEach var="invitation" items="${group.invitations}" varStatus="row">
                    <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                        <td><c:out value="${invitation.invitee}"/></td>
                        <td><c:out value="${invitation.ageGroup}"/></td>
                        <td><c:out value="${invitation.inviter}"/></td>
                        <td nowrap><c:out value="${invitation.sent}"/></td>
                        <td nowrap><c:out value="${invitation.expires}"/></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </div>
    </c:otherwise>
</c:choose>
<br>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.group.links"/></div>
<c:choose>
    <c:when test="${empty group.links}"><p><fmt:message key="svgroups.group.links.none"/></p></c:when>
    <c:otherwise>
        <div class="jive-table">
            <table id="svgroups-links" cellpadding="0" cellspacing="0" border="0" width="100%">
                <thead><tr>
                    <th nowrap><fmt:message key="svgroups.group.links.creator"/></th>
                    <th nowrap><fmt:message key="svgroups.group.links.created"/></th>
                    <th nowrap><fmt:message key="svgroups.group.links.expires"/></th>
                    <th nowrap><fmt:message key="svgroups.group.links.uses"/></th>
                    <th nowrap><fmt:message key="svgroups.group.actions"/></th>
                </tr></thead>
                <tbody>
                <c:forEach var="link" items="${group.links}" varStatus="row">
                    <c:url var="revokeUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.name}"/><c:param name="revoke" value="${link.id}"/></c:url>
                    <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                        <td><c:out value="${link.creator}"/></td>
                        <td nowrap><c:out value="${link.created}"/></td>
                        <td nowrap><c:out value="${link.expires}"/></td>
                        <td><c:out value="${link.uses}"/></td>
                        <td><a href="<c:out value='${revokeUrl}'/>"><fmt:message key="svgroups.group.links.revoke"/></a></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </div>
    </c:otherwise>
</c:choose>
<br>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.group.requests"/></div>
<c:choose>
    <c:when test="${empty group.requests}"><p><fmt:message key="svgroups.group.requests.none"/></p></c:when>
    <c:otherwise>
        <div class="jive-table">
            <table id="svgroups-requests" cellpadding="0" cellspacing="0" border="0" width="100%">
                <thead><tr>
                    <th nowrap><fmt:message key="svgroups.group.requests.user"/></th>
                    <th nowrap><fmt:message key="svgroups.group.age-group"/></th>
                    <th nowrap><fmt:message key="svgroups.group.requests.since"/></th>
                </tr></thead>
                <tbody>
                <c:forEach var="joinRequest" items="${group.requests}" varStatus="row">
                    <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                        <td><c:out value="${joinRequest.user}"/></td>
                        <td><c:out value="${joinRequest.ageGroup}"/></td>
                        <td nowrap><c:out value="${joinRequest.since}"/></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </div>
    </c:otherwise>
</c:choose>
<br>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.group.shares"><fmt:param value="${group.recentShareDays}"/></fmt:message></div>
<c:choose>
    <c:when test="${empty group.shares}"><p><fmt:message key="svgroups.group.shares.none"><fmt:param value="${group.recentShareDays}"/></fmt:message></p></c:when>
    <c:otherwise>
        <div class="jive-table">
            <table id="svgroups-shares" cellpadding="0" cellspacing="0" border="0" width="100%">
                <thead><tr>
                    <th nowrap><fmt:message key="svgroups.group.day"/></th>
                    <th nowrap><fmt:message key="svgroups.group.kind"/></th>
                    <th nowrap><fmt:message key="svgroups.group.item"/></th>
                    <th nowrap><fmt:message key="svgroups.group.count"/></th>
                </tr></thead>
                <tbody>
                <c:forEach var="share" items="${group.shares}" varStatus="row">
                    <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                        <td nowrap><c:out value="${share.day}"/></td>
                        <td><c:out value="${share.kind}"/></td>
                        <td><c:out value="${share.itemId}"/></td>
                        <td><c:out value="${share.shares}"/></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </div>
    </c:otherwise>
</c:choose>
<br>

<c:if test="${not group.confirmDissolve}">
    <form action="svgroups-group.jsp" method="get">
        <input type="hidden" name="group" value="<c:out value='${group.name}'/>">
        <input type="hidden" name="dissolve" value="true">
        <input type="submit" id="svgroups-dissolve" value="<fmt:message key="svgroups.group.dissolve"/>">
    </form>
</c:if>

</c:if>

</body>
</html>
