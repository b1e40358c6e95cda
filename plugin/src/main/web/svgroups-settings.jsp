<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/>
<%
    webManager.init(pageContext);
    pageContext.setAttribute("settings",
            org.svgroups.openfire.admin.SettingsPage.handle(request, response, webManager));
%>
<html>
<head>
    <title><fmt:message key="svgroups.settings.title"/></title>
    <meta name="pageID" content="svgroups-settings"/>
</head>
<body>

<p><fmt:message key="svgroups.settings.intro"/></p>

<c:if test="${settings.saved}">
    <div class="jive-success">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><fmt:message key="svgroups.settings.saved"/></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${not empty settings.errors}">
    <div class="jive-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><fmt:message key="svgroups.settings.not-saved"/>
                <c:if test="${not empty settings.errors['csrf']}"><c:out value="${settings.errors['csrf']}"/></c:if></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<form action="svgroups-settings.jsp" method="post">
    <input type="hidden" name="csrf" value="<c:out value='${settings.csrf}'/>">
    <div class="jive-contentBoxHeader"><fmt:message key="svgroups.settings.groups"/></div>
    <div class="jive-contentBox">
        <table cellpadding="3" cellspacing="0" border="0">
            <tr>
                <td width="1%" nowrap><label for="memberCap"><fmt:message key="svgroups.settings.member-cap"/></label></td>
                <td><input type="number" id="memberCap" name="memberCap" size="5" min="2" max="1000"
                           value="<c:out value='${settings.memberCap}'/>"></td>
                <td><fmt:message key="svgroups.settings.default"><fmt:param value="${settings.memberCapDefault}"/></fmt:message></td>
            </tr>
            <tr><td></td><td colspan="2" class="jive-description"><fmt:message key="system_property.svgroups.group.member-cap"/>
                <c:if test="${not empty settings.errors['memberCap']}"><br><span class="jive-error-text"><c:out value="${settings.errors['memberCap']}"/></span></c:if>
            </td></tr>
            <tr>
                <td width="1%" nowrap><label for="subdomain"><fmt:message key="svgroups.settings.subdomain"/></label></td>
                <td><input type="text" id="subdomain" name="subdomain" size="20" maxlength="63"
                           value="<c:out value='${settings.subdomain}'/>"></td>
                <td><fmt:message key="svgroups.settings.default"><fmt:param value="${settings.subdomainDefault}"/></fmt:message></td>
            </tr>
            <tr><td></td><td colspan="2" class="jive-description"><fmt:message key="system_property.svgroups.service.subdomain"/>
                <c:if test="${not empty settings.errors['subdomain']}"><br><span class="jive-error-text"><c:out value="${settings.errors['subdomain']}"/></span></c:if>
            </td></tr>
        </table>
    </div>
    <input type="submit" name="save" value="<fmt:message key="svgroups.settings.save"/>">
</form>

</body>
</html>
