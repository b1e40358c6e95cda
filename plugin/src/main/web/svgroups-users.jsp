<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("users",
            org.svgroups.openfire.admin.UsersPage.handle(request, response, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.users.title"/></title>
    <meta name="pageID" content="svgroups-users"/>
</head>
<body>

<p><fmt:message key="svgroups.users.intro"/></p>

<c:if test="${users.saved}">
    <div class="jive-success">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:choose>
                <c:when test="${users.changed}"><fmt:message key="svgroups.users.saved"/></c:when>
                <c:otherwise><fmt:message key="svgroups.users.unchanged"/></c:otherwise>
            </c:choose></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${not empty users.errors or not empty users.notFound}">
    <div class="jive-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:choose>
                <c:when test="${not empty users.notFound}"><c:out value="${users.notFound}"/></c:when>
                <c:when test="${not empty users.errors['csrf']}"><c:out value="${users.errors['csrf']}"/></c:when>
                <c:otherwise><fmt:message key="svgroups.users.not-saved"/></c:otherwise>
            </c:choose></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<form action="svgroups-users.jsp" method="get">
    <label for="username"><fmt:message key="svgroups.users.lookup.label"/></label>
    <input type="text" id="username" name="username" size="30" value="<c:out value='${users.username}'/>">
    <input type="submit" value="<fmt:message key="svgroups.users.lookup.submit"/>">
</form>
<br>

<c:if test="${users.found}">
    <fmt:message key="svgroups.users.user.title" var="userTitle"/>
    <div class="jive-contentBoxHeader"><c:out value="${userTitle}"/> <c:out value="${users.username}"/></div>
    <div class="jive-contentBox">
        <table cellpadding="3" cellspacing="0" border="0">
            <tr>
                <td nowrap><fmt:message key="svgroups.users.birthdate.current"/></td>
                <td><c:choose>
                    <c:when test="${empty users.birthdate}"><fmt:message key="svgroups.users.birthdate.not-set"/></c:when>
                    <c:otherwise><c:out value="${users.birthdate}"/>
                        <c:if test="${users.birthdateMalformed}"> <span class="jive-error-text"><fmt:message key="svgroups.users.birthdate.malformed"/></span></c:if>
                        <c:if test="${not empty users.age}"> (<fmt:message key="svgroups.users.age"/> <c:out value="${users.age}"/>)</c:if>
                    </c:otherwise>
                </c:choose></td>
            </tr>
            <tr>
                <td nowrap><fmt:message key="svgroups.users.age-group"/></td>
                <td><c:out value="${users.ageGroupText}"/></td>
            </tr>
        </table>
    </div>

    <div class="jive-contentBoxHeader"><fmt:message key="svgroups.users.groups"/></div>
    <c:choose>
        <c:when test="${empty users.groups}"><p><fmt:message key="svgroups.users.groups.none"/></p></c:when>
        <c:otherwise>
            <div class="jive-table">
                <table cellpadding="0" cellspacing="0" border="0" width="100%">
                    <thead><tr>
                        <th nowrap><fmt:message key="svgroups.users.groups.name"/></th>
                        <th nowrap><fmt:message key="svgroups.users.groups.address"/></th>
                        <th nowrap><fmt:message key="svgroups.users.groups.affiliation"/></th>
                        <th nowrap><fmt:message key="svgroups.users.groups.members"/></th>
                    </tr></thead>
                    <tbody>
                    <c:forEach var="group" items="${users.groups}" varStatus="row">
                        <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
                            <td><c:out value="${group.name}"/></td>
                            <td><c:out value="${group.jid}"/></td>
                            <td><fmt:message key="svgroups.group.affiliation.${group.affiliation}"/></td>
                            <td><c:out value="${group.members}"/></td>
                        </tr>
                    </c:forEach>
                    </tbody>
                </table>
            </div>
        </c:otherwise>
    </c:choose>
    <br>

    <form action="svgroups-users.jsp" method="post">
        <input type="hidden" name="csrf" value="<c:out value='${users.csrf}'/>">
        <input type="hidden" name="username" value="<c:out value='${users.username}'/>">
        <div class="jive-contentBoxHeader"><fmt:message key="svgroups.users.birthdate.set"/></div>
        <div class="jive-contentBox">
            <table cellpadding="3" cellspacing="0" border="0">
                <tr>
                    <td nowrap><label for="birthdate"><fmt:message key="svgroups.users.birthdate.label"/></label></td>
                    <td><input type="text" id="birthdate" name="birthdate" size="12" placeholder="YYYY-MM-DD"
                               value="<c:out value='${users.birthdateValue}'/>"></td>
                </tr>
                <tr>
                    <td></td>
                    <td class="jive-description"><fmt:message key="svgroups.users.birthdate.descr"/>
                    <c:if test="${not empty users.errors['birthdate']}"><br><span class="jive-error-text"><c:out value="${users.errors['birthdate']}"/></span></c:if>
                    </td>
                </tr>
            </table>
        </div>
        <input type="submit" name="save" value="<fmt:message key="svgroups.users.save"/>">
    </form>
</c:if>

</body>
</html>
