<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("page", org.svgroups.openfire.admin.ReportPage.handle(request, response, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.report.title"/></title>
    <meta name="pageID" content="svgroups-reports"/>
</head>
<body>

<p><a href="svgroups-reports.jsp">&laquo; <fmt:message key="svgroups.report.back"/></a></p>

<c:if test="${not empty page.done}">
    <fmt:message key="svgroups.report.done" var="doneText"><fmt:param value="${page.done}"/></fmt:message>
    <div class="jive-success" id="svgroups-report-done">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:out value="${doneText}"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${not empty page.error or not empty page.notFound}">
    <div class="jive-error" id="svgroups-report-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:out value="${empty page.notFound ? page.error : page.notFound}"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<c:if test="${not empty page.report}">

<c:if test="${not empty page.confirm}">
    <fmt:message key="svgroups.report.confirm" var="confirmText"><fmt:param value="${page.confirmLabel}"/></fmt:message>
    <form action="svgroups-report.jsp" method="post" id="svgroups-confirm-action">
        <input type="hidden" name="csrf" value="<c:out value='${page.csrf}'/>">
        <input type="hidden" name="id" value="<c:out value='${page.id}'/>">
        <input type="hidden" name="action" value="<c:out value='${page.confirm}'/>">
        <div class="jive-warning">
            <table cellpadding="3" cellspacing="0" border="0"><tbody>
                <tr><td class="jive-icon"><img src="../../images/warning-16x16.gif" width="16" height="16" border="0" alt=""></td>
                    <td class="jive-icon-label"><c:out value="${confirmText}"/></td></tr>
                <c:if test="${page.confirm == 'suspend'}">
                    <tr><td></td><td><label for="days"><fmt:message key="svgroups.report.days"><fmt:param value="${page.maxDays}"/></fmt:message></label>
                        <input type="number" id="days" name="days" min="1" max="${page.maxDays}" value="<c:out value='${page.days}'/>"></td></tr>
                </c:if>
                <tr><td></td><td><label for="statement"><fmt:message key="svgroups.report.statement"/></label><br>
                    <textarea id="statement" name="statement" rows="4" cols="70" maxlength="${page.maxStatement}" required><c:out value="${page.statement}"/></textarea></td></tr>
                <tr><td></td><td><input type="submit" name="confirm" value="<fmt:message key="svgroups.report.confirm.submit"/>">
                    <c:url var="cancelUrl" value="svgroups-report.jsp"><c:param name="id" value="${page.id}"/></c:url>
                    <a href="<c:out value='${cancelUrl}'/>"><fmt:message key="svgroups.group.cancel"/></a></td></tr>
            </tbody></table>
        </div>
    </form><br>
</c:if>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.report.heading"><fmt:param value="${page.idText}"/></fmt:message></div>
<div class="jive-contentBox">
    <table cellpadding="3" cellspacing="0" border="0" id="svgroups-report">
        <tr><td nowrap><fmt:message key="svgroups.reports.created"/></td><td><c:out value="${page.created}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.state"/></td><td><c:out value="${page.state}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.reason"/></td><td><c:out value="${page.reason}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.target"/></td><td><c:out value="${page.target}"/> <span class="jive-description"><c:out value="${page.report.target().ref()}"/></span></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.reported"/></td><td><c:out value="${page.report.reported()}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.group"/></td><td><c:out value="${page.report.group()}"/></td></tr>
        <tr><td nowrap><fmt:message key="svgroups.reports.reporter"/></td><td><c:out value="${page.report.reporter()}"/></td></tr>
        <c:if test="${page.report.involvesMinor()}">
            <tr><td nowrap></td><td><strong><fmt:message key="svgroups.report.minor"/></strong></td></tr>
        </c:if>
        <tr><td nowrap><fmt:message key="svgroups.report.text"/></td><td id="svgroups-report-text"><c:choose><c:when test="${empty page.report.text()}"><fmt:message key="svgroups.report.none"/></c:when><c:otherwise><c:out value="${page.report.text()}"/></c:otherwise></c:choose></td></tr>
        <c:if test="${not empty page.report.seen()}">
            <tr><td nowrap><fmt:message key="svgroups.report.seen"/></td><td><em><c:out value="${page.report.seen()}"/></em></td></tr>
        </c:if>
    </table>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.report.context"/></div>
<div class="jive-table">
    <table id="svgroups-report-context" cellpadding="0" cellspacing="0" border="0" width="100%">
        <thead><tr>
            <th nowrap><fmt:message key="svgroups.report.sent"/></th>
            <th nowrap><fmt:message key="svgroups.report.sender"/></th>
            <th><fmt:message key="svgroups.report.message"/></th>
        </tr></thead>
        <tbody>
        <c:if test="${empty page.context}"><tr><td colspan="3" align="center"><fmt:message key="svgroups.report.context.none"/></td></tr></c:if>
        <c:forEach var="m" items="${page.context}" varStatus="row">
            <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}"<c:if test="${m.reported}"> style="font-weight: bold" id="svgroups-reported-message"</c:if>>
                <td nowrap><c:out value="${m.sentAt}"/></td>
                <td><c:out value="${m.nickname}"/> <span class="jive-description"><c:out value="${m.sender}"/></span></td>
                <td><c:choose><c:when test="${m.readable}"><c:out value="${m.text}"/></c:when><c:otherwise><em><fmt:message key="svgroups.report.unreadable"/></em></c:otherwise></c:choose>
                    <c:if test="${m.reported}"> &larr; <fmt:message key="svgroups.report.reported-message"/></c:if></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
</div>
<br>

<c:if test="${not empty page.available}">
    <div class="jive-contentBoxHeader"><fmt:message key="svgroups.report.actions"/></div>
    <div class="jive-contentBox" id="svgroups-report-actions">
        <c:forEach var="a" items="${page.available}">
            <c:url var="actionUrl" value="svgroups-report.jsp"><c:param name="id" value="${page.id}"/><c:param name="action" value="${a[0]}"/></c:url>
            <a href="<c:out value='${actionUrl}'/>" id="svgroups-action-<c:out value='${a[0]}'/>"><c:out value="${a[1]}"/></a> &nbsp;
        </c:forEach>
        <c:if test="${not page.retractionAvailable}"><p class="jive-description"><fmt:message key="svgroups.report.retract-unavailable"/></p></c:if>
    </div>
</c:if>

<c:if test="${not empty page.actions}">
    <div class="jive-contentBoxHeader"><fmt:message key="svgroups.report.taken"/></div>
    <div class="jive-table">
        <table id="svgroups-report-taken" cellpadding="0" cellspacing="0" border="0" width="100%">
            <tbody>
            <c:forEach var="a" items="${page.actions}">
                <tr><td nowrap><c:out value="${a.at}"/></td><td><c:out value="${a.kind}"/><c:if test="${a.days > 0}"> (<c:out value="${a.days}"/>)</c:if></td>
                    <td><c:out value="${a.moderator}"/></td><td><c:out value="${a.statement}"/></td></tr>
            </c:forEach>
            </tbody>
        </table>
    </div>
</c:if>

</c:if>
</body>
</html>
