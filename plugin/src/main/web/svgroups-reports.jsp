<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("reports", org.svgroups.openfire.admin.ReportsPage.handle(request, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.reports.title"/></title>
    <meta name="pageID" content="svgroups-reports"/>
</head>
<body>

<p><fmt:message key="svgroups.reports.intro"/></p>

<form action="svgroups-reports.jsp" method="get" id="svgroups-report-filters">
    <label for="reason"><fmt:message key="svgroups.reports.filter.reason"/></label>
    <select id="reason" name="reason">
        <option value=""><fmt:message key="svgroups.reports.filter.all"/></option>
        <c:forEach var="r" items="${reports.reasons}">
            <option value="<c:out value='${r[0]}'/>" <c:if test="${r[0] == reports.reason}">selected</c:if>><c:out value="${r[1]}"/></option>
        </c:forEach>
    </select>
    <label for="state"><fmt:message key="svgroups.reports.filter.state"/></label>
    <select id="state" name="state">
        <option value=""><fmt:message key="svgroups.reports.filter.all"/></option>
        <option value="open" <c:if test="${reports.state == 'open'}">selected</c:if>><fmt:message key="svgroups.reports.state.open"/></option>
        <option value="closed" <c:if test="${reports.state == 'closed'}">selected</c:if>><fmt:message key="svgroups.reports.state.closed"/></option>
    </select>
    <input type="submit" value="<fmt:message key="svgroups.reports.filter.submit"/>">
</form>
<br>

<p><fmt:message key="svgroups.reports.summary"><fmt:param value="${reports.total}"/></fmt:message>
<c:if test="${fn:length(reports.pages) > 1}"> <fmt:message key="svgroups.groups.pages"/> [
    <c:forEach var="p" items="${reports.pages}">
        <c:url var="pageUrl" value="svgroups-reports.jsp"><c:param name="reason" value="${reports.reason}"/><c:param name="state" value="${reports.state}"/><c:param name="page" value="${p}"/></c:url>
        <c:choose>
            <c:when test="${p == reports.page}"><strong><c:out value="${p}"/></strong></c:when>
            <c:otherwise><a href="<c:out value='${pageUrl}'/>"><c:out value="${p}"/></a></c:otherwise>
        </c:choose>
    </c:forEach> ]
</c:if></p>

<div class="jive-table">
    <table id="svgroups-reports" cellpadding="0" cellspacing="0" border="0" width="100%">
        <thead><tr>
            <th nowrap><fmt:message key="svgroups.reports.created"/></th>
            <th nowrap><fmt:message key="svgroups.reports.reason"/></th>
            <th nowrap><fmt:message key="svgroups.reports.target"/></th>
            <th nowrap><fmt:message key="svgroups.reports.reported"/></th>
            <th nowrap><fmt:message key="svgroups.reports.group"/></th>
            <th nowrap><fmt:message key="svgroups.reports.state"/></th>
        </tr></thead>
        <tbody>
        <c:if test="${reports.total == 0}">
            <tr><td colspan="6" align="center"><fmt:message key="svgroups.reports.none"/></td></tr>
        </c:if>
        <c:forEach var="report" items="${reports.rows}" varStatus="row">
            <c:url var="reportUrl" value="svgroups-report.jsp"><c:param name="id" value="${report.id}"/></c:url>
            <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                <td nowrap><a href="<c:out value='${reportUrl}'/>"><c:out value="${report.created}"/></a>
                    <c:if test="${report.minor}"> <strong class="svgroups-minor"><fmt:message key="svgroups.reports.minor"/></strong></c:if></td>
                <td><c:out value="${report.reason}"/></td>
                <td><c:out value="${report.target}"/></td>
                <td><c:out value="${report.reported}"/></td>
                <td><c:out value="${report.group}"/></td>
                <td><c:choose><c:when test="${report.open}"><strong><fmt:message key="svgroups.reports.state.open"/></strong></c:when><c:otherwise><fmt:message key="svgroups.reports.state.closed"/></c:otherwise></c:choose></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
</div>

</body>
</html>
