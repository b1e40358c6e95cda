<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("stats", org.svgroups.openfire.admin.StatisticsPage.handle(request, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.stats.title"/></title>
    <meta name="pageID" content="svgroups-statistics"/>
    <style>
        /* A bar chart in plain HTML: each bar's width is its share of the largest value. */
        .svgroups-bar { display: inline-block; height: 12px; background: #5c8fd6; vertical-align: middle; }
        .svgroups-chart td { padding: 1px 6px; }
    </style>
</head>
<body>

<p><fmt:message key="svgroups.stats.intro"/></p>

<c:if test="${not empty stats.errors}">
    <div class="jive-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><fmt:message key="svgroups.stats.error.shown"><fmt:param value="${stats.defaultDays}"/></fmt:message></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<form action="svgroups-statistics.jsp" method="get">
    <fmt:message key="svgroups.stats.period"/>
    <c:forEach var="days" items="${stats.presets}">
        <a href="svgroups-statistics.jsp?days=${days}"><fmt:message key="svgroups.stats.last-days"><fmt:param value="${days}"/></fmt:message></a> |
    </c:forEach>
    <label for="from"><fmt:message key="svgroups.stats.from"/></label>
    <input type="text" id="from" name="from" size="10" placeholder="YYYY-MM-DD" value="<c:out value='${param.from}'/>">
    <label for="to"><fmt:message key="svgroups.stats.to"/></label>
    <input type="text" id="to" name="to" size="10" placeholder="YYYY-MM-DD" value="<c:out value='${param.to}'/>">
    <input type="submit" value="<fmt:message key="svgroups.stats.show"/>">
    <c:forEach var="error" items="${stats.errors}"><br><span class="jive-error-text"><c:out value="${error.value}"/></span></c:forEach>
</form>
<h3 id="svgroups-period"><fmt:message key="svgroups.stats.showing"><fmt:param value="${stats.from}"/><fmt:param value="${stats.to}"/></fmt:message></h3>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.stats.groups"/></div>
<div class="jive-contentBox">
    <table id="svgroups-stats-groups" cellpadding="3" cellspacing="0" border="0">
        <tr><td><fmt:message key="svgroups.stats.groups.total"/></td><td><c:out value="${stats.groups}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.groups.created"/></td><td><c:out value="${stats.groupsCreated}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.groups.full"><fmt:param value="${stats.memberCap}"/></fmt:message></td><td><c:out value="${stats.fullGroups}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.members.total"/></td><td><c:out value="${stats.memberships}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.members.average"/></td><td><c:out value="${stats.averageMembers}"/></td></tr>
    </table>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.stats.invitations"/></div>
<div class="jive-contentBox">
    <table id="svgroups-stats-invitations" cellpadding="3" cellspacing="0" border="0">
        <tr><td><fmt:message key="svgroups.stats.invitations.sent"/></td><td><c:out value="${stats.invitationsSent}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.invitations.refused"/></td><td><c:out value="${stats.invitationsRefused}"/></td></tr>
    </table>
    <table id="svgroups-stats-refusals" class="svgroups-chart" cellpadding="0" cellspacing="0" border="0">
        <tr><th align="left"><fmt:message key="svgroups.stats.invitations.reason"/></th><th align="right"><fmt:message key="svgroups.stats.invitations.count"/></th><th></th></tr>
        <c:forEach var="bar" items="${stats.refusals}">
            <tr><td><c:out value="${bar.label}"/></td><td align="right"><c:out value="${bar.count}"/></td>
                <td width="300"><span class="svgroups-bar" style="width: ${bar.percent}%"></span></td></tr>
        </c:forEach>
    </table>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.stats.reports"/></div>
<div class="jive-contentBox">
    <c:url var="csvUrl" value="svgroups-transparency.jsp"><c:param name="from" value="${stats.from}"/><c:param name="to" value="${stats.to}"/></c:url>
    <p><a href="<c:out value='${csvUrl}'/>" id="svgroups-transparency-csv"><fmt:message key="svgroups.stats.reports.csv"/></a></p>
    <table id="svgroups-stats-reports" class="svgroups-chart" cellpadding="0" cellspacing="0" border="0">
        <tr><th align="left"><fmt:message key="svgroups.reports.reason"/></th><th align="right"><fmt:message key="svgroups.stats.reports.count"/></th><th></th></tr>
        <c:forEach var="bar" items="${stats.reportsByReason}">
            <tr><td><c:out value="${bar.label}"/></td><td align="right"><c:out value="${bar.count}"/></td>
                <td width="300"><span class="svgroups-bar" style="width: ${bar.percent}%"></span></td></tr>
        </c:forEach>
    </table>
    <table id="svgroups-stats-actions" class="svgroups-chart" cellpadding="0" cellspacing="0" border="0">
        <tr><th align="left"><fmt:message key="svgroups.stats.reports.action"/></th><th align="right"><fmt:message key="svgroups.stats.reports.count"/></th><th></th></tr>
        <c:forEach var="bar" items="${stats.actionsTaken}">
            <tr><td><c:out value="${bar.label}"/></td><td align="right"><c:out value="${bar.count}"/></td>
                <td width="300"><span class="svgroups-bar" style="width: ${bar.percent}%"></span></td></tr>
        </c:forEach>
    </table>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.stats.shares"/></div>
<div class="jive-contentBox">
    <p><fmt:message key="svgroups.stats.shares.total"/> <c:out value="${stats.shares}"/></p>
    <h4><fmt:message key="svgroups.stats.shares.per-day"/></h4>
    <table id="svgroups-stats-shares-per-day" class="svgroups-chart" cellpadding="0" cellspacing="0" border="0">
        <c:forEach var="bar" items="${stats.sharesPerDay}">
            <tr><td nowrap><c:out value="${bar.label}"/></td><td align="right"><c:out value="${bar.count}"/></td>
                <td width="400"><span class="svgroups-bar" style="width: ${bar.percent}%"></span></td></tr>
        </c:forEach>
    </table>
    <h4><fmt:message key="svgroups.stats.shares.most"/></h4>
    <c:choose>
        <c:when test="${empty stats.mostShared}"><p><fmt:message key="svgroups.stats.shares.none"/></p></c:when>
        <c:otherwise>
            <div class="jive-table">
                <table id="svgroups-stats-most-shared" cellpadding="0" cellspacing="0" border="0" width="100%">
                    <thead><tr>
                        <th nowrap><fmt:message key="svgroups.stats.kind"/></th>
                        <th nowrap><fmt:message key="svgroups.stats.item"/></th>
                        <th nowrap><fmt:message key="svgroups.stats.count"/></th>
                    </tr></thead>
                    <tbody>
                    <c:forEach var="item" items="${stats.mostShared}" varStatus="row">
                        <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                            <td><c:out value="${item.kind}"/></td>
                            <td><c:out value="${item.itemId}"/></td>
                            <td><c:out value="${item.shares}"/></td>
                        </tr>
                    </c:forEach>
                    </tbody>
                </table>
            </div>
        </c:otherwise>
    </c:choose>
</div>

<div class="jive-contentBoxHeader"><fmt:message key="svgroups.stats.notify"/></div>
<div class="jive-contentBox">
    <p id="svgroups-stats-notify-state"><fmt:message key="${stats.notifying ? 'svgroups.stats.notify.on' : 'svgroups.stats.notify.off'}"/></p>
    <table id="svgroups-stats-notify" cellpadding="3" cellspacing="0" border="0">
        <tr><td><fmt:message key="svgroups.stats.notify.sent"/></td><td><c:out value="${stats.notifySent}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.notify.failed"/></td><td><c:out value="${stats.notifyFailedAttempts}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.notify.dropped"/></td><td><c:out value="${stats.notifyDropped}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.notify.queued"/></td><td><c:out value="${stats.notifyQueued}"/></td></tr>
        <tr><td><fmt:message key="svgroups.stats.notify.last-error"/></td><td>
            <c:choose>
                <c:when test="${empty stats.notifyLastErrorAt}"><fmt:message key="svgroups.stats.notify.no-error"/></c:when>
                <c:otherwise><c:out value="${stats.notifyLastErrorAt}"/> (<c:out value="${stats.notifyLastError}"/>)</c:otherwise>
            </c:choose>
        </td></tr>
    </table>
</div>

</body>
</html>
