<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("groups", org.svgroups.openfire.admin.GroupsPage.handle(request, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.groups.title"/></title>
    <meta name="pageID" content="svgroups-groups"/>
</head>
<body>

<p><fmt:message key="svgroups.groups.intro"/></p>

<c:if test="${not empty groups.dissolved}">
    <fmt:message key="svgroups.groups.dissolved" var="dissolvedText"><fmt:param value="${groups.dissolved}"/></fmt:message>
    <div class="jive-success">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:out value="${dissolvedText}"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<form action="svgroups-groups.jsp" method="get">
    <label for="q"><fmt:message key="svgroups.groups.search.label"/></label>
    <input type="text" id="q" name="q" size="30" value="<c:out value='${groups.query}'/>">
    <input type="hidden" name="sort" value="<c:out value='${groups.sort}'/>">
    <input type="hidden" name="order" value="<c:out value='${groups.order}'/>">
    <input type="hidden" name="range" value="<c:out value='${groups.range}'/>">
    <input type="submit" value="<fmt:message key="svgroups.groups.search.submit"/>">
    <c:if test="${not empty groups.query}"><a href="svgroups-groups.jsp"><fmt:message key="svgroups.groups.search.clear"/></a></c:if>
</form>
<br>

<p>
    <fmt:message key="svgroups.groups.summary"><fmt:param value="${groups.total}"/><fmt:param value="${groups.matching}"/></fmt:message>
    <c:if test="${groups.matching > 0}">
        <fmt:message key="svgroups.groups.showing"><fmt:param value="${groups.start + 1}"/><fmt:param value="${groups.end}"/><fmt:param value="${groups.matching}"/></fmt:message>
    </c:if>
    &nbsp; <fmt:message key="svgroups.groups.range"/>
    <c:forEach var="r" items="${groups.ranges}">
        <c:url var="rangeUrl" value="svgroups-groups.jsp"><c:param name="q" value="${groups.query}"/><c:param name="sort" value="${groups.sort}"/><c:param name="order" value="${groups.order}"/><c:param name="range" value="${r}"/></c:url>
        <c:choose>
            <c:when test="${r == groups.range}"><strong><c:out value="${r}"/></strong></c:when>
            <c:otherwise><a href="<c:out value='${rangeUrl}'/>"><c:out value="${r}"/></a></c:otherwise>
        </c:choose>
    </c:forEach>
</p>

<c:if test="${not empty groups.pages}">
    <p><fmt:message key="svgroups.groups.pages"/> [
    <c:forEach var="p" items="${groups.pages}">
        <c:url var="pageUrl" value="svgroups-groups.jsp"><c:param name="q" value="${groups.query}"/><c:param name="sort" value="${groups.sort}"/><c:param name="order" value="${groups.order}"/><c:param name="range" value="${groups.range}"/><c:param name="start" value="${p.start}"/></c:url>
        <c:choose>
            <c:when test="${p.current}"><span class="jive-current"><strong><c:out value="${p.number}"/></strong></span></c:when>
            <c:otherwise><a href="<c:out value='${pageUrl}'/>"><c:out value="${p.number}"/></a></c:otherwise>
        </c:choose>
    </c:forEach>
    ]</p>
</c:if>

<div class="jive-table">
    <table id="svgroups-groups" cellpadding="0" cellspacing="0" border="0" width="100%">
        <thead><tr>
            <c:forEach var="column" items="${groups.orderFor}">
                <c:url var="sortUrl" value="svgroups-groups.jsp"><c:param name="q" value="${groups.query}"/><c:param name="sort" value="${column.key}"/><c:param name="order" value="${column.value}"/><c:param name="range" value="${groups.range}"/></c:url>
                <c:choose>
                    <c:when test="${column.key == 'name'}"><fmt:message key="svgroups.groups.name" var="heading"/></c:when>
                    <c:when test="${column.key == 'owner'}"><fmt:message key="svgroups.groups.owner" var="heading"/></c:when>
                    <c:when test="${column.key == 'members'}"><fmt:message key="svgroups.groups.members" var="heading"/></c:when>
                    <c:when test="${column.key == 'created'}"><fmt:message key="svgroups.groups.created" var="heading"/></c:when>
                    <c:when test="${column.key == 'activity'}"><fmt:message key="svgroups.groups.activity" var="heading"/></c:when>
                    <c:otherwise><fmt:message key="svgroups.groups.shares" var="heading"/></c:otherwise>
                </c:choose>
                <th nowrap><a href="<c:out value='${sortUrl}'/>"><c:out value="${heading}"/></a><c:if test="${column.key == groups.sort}"> <c:out value="${groups.order == 'asc' ? '▲' : '▼'}"/></c:if></th>
            </c:forEach>
        </tr></thead>
        <tbody>
        <c:choose>
            <c:when test="${groups.total == 0}">
                <tr><td colspan="6" align="center"><fmt:message key="svgroups.groups.none"/></td></tr>
            </c:when>
            <c:when test="${groups.matching == 0}">
                <fmt:message key="svgroups.groups.none-matching" var="noneMatching"><fmt:param value="${groups.query}"/></fmt:message>
                <tr><td colspan="6" align="center"><c:out value="${noneMatching}"/></td></tr>
            </c:when>
        </c:choose>
        <c:forEach var="group" items="${groups.rows}" varStatus="row">
            <c:url var="groupUrl" value="svgroups-group.jsp"><c:param name="group" value="${group.row.name}"/></c:url>
            <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                <td><a href="<c:out value='${groupUrl}'/>"><c:out value="${group.row.displayName}"/></a><br><span class="jive-description"><c:out value="${group.row.jid}"/></span></td>
                <td><c:choose><c:when test="${empty group.row.owner}"><fmt:message key="svgroups.groups.no-owner"/></c:when><c:otherwise><c:out value="${group.row.owner}"/></c:otherwise></c:choose></td>
                <td nowrap><c:out value="${group.row.members}"/> / <c:out value="${groups.memberCap}"/><c:if test="${group.full}"> (<fmt:message key="svgroups.groups.full"/>)</c:if></td>
                <td nowrap><c:out value="${group.created}"/></td>
                <td nowrap><c:choose><c:when test="${empty group.lastActive}"><fmt:message key="svgroups.groups.no-activity"/></c:when><c:otherwise><c:out value="${group.lastActive}"/></c:otherwise></c:choose></td>
                <td><c:out value="${group.row.shares}"/></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
</div>

</body>
</html>
