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
            <td class="jive-icon"><img src="../../images/success-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:choose>
                <c:when test="${empty settings.changed}"><fmt:message key="svgroups.settings.unchanged"/></c:when>
                <c:otherwise><fmt:message key="svgroups.settings.saved"/></c:otherwise>
            </c:choose></td>
        </tr></tbody></table>
    </div><br>
</c:if>
<c:if test="${not empty settings.errors}">
    <div class="jive-error">
        <table cellpadding="0" cellspacing="0" border="0"><tbody><tr>
            <td class="jive-icon"><img src="../../images/error-16x16.gif" width="16" height="16" border="0" alt=""></td>
            <td class="jive-icon-label"><c:choose>
                <c:when test="${not empty settings.errors['csrf']}"><c:out value="${settings.errors['csrf']}"/></c:when>
                <c:otherwise><fmt:message key="svgroups.settings.not-saved"/></c:otherwise>
            </c:choose></td>
        </tr></tbody></table>
    </div><br>
</c:if>

<form action="svgroups-settings.jsp" method="post">
    <input type="hidden" name="csrf" value="<c:out value='${settings.csrf}'/>">
<c:forEach items="${settings.sections}" var="section">
    <fmt:message key="${section.titleKey}" var="sectionTitle"/>
    <div class="jive-contentBoxHeader"><c:out value="${sectionTitle}"/></div>
    <div class="jive-contentBox">
        <table cellpadding="3" cellspacing="0" border="0" width="100%">
            <tr>
                <th align="left" width="1%" nowrap><fmt:message key="svgroups.settings.column.setting"/></th>
                <th align="left"><fmt:message key="svgroups.settings.column.value"/></th>
                <th align="left" nowrap><fmt:message key="svgroups.settings.column.current"/></th>
                <th align="left" nowrap><fmt:message key="svgroups.settings.column.default"/></th>
            </tr>
        <c:forEach items="${section.fields}" var="field">
            <fmt:message key="${field.labelKey}" var="label"/>
            <fmt:message key="${field.descriptionKey}" var="description"/>
            <c:set var="unit" value=""/>
            <c:if test="${not empty field.unitKey}"><fmt:message key="${field.unitKey}" var="unit"/></c:if>
            <tr>
                <td nowrap><label for="<c:out value='${field.name}'/>"><c:out value="${label}"/></label></td>
                <td>
                <c:choose>
                    <c:when test="${field.input == 'checkbox'}">
                        <input type="checkbox" id="<c:out value='${field.name}'/>" name="<c:out value='${field.name}'/>"<c:if test="${field.checked}"> checked</c:if>>
                    </c:when>
                    <c:when test="${field.input == 'select'}">
                        <select id="<c:out value='${field.name}'/>" name="<c:out value='${field.name}'/>">
                        <c:forEach items="${field.choices}" var="choice">
                            <fmt:message key="${choice.labelKey}" var="choiceLabel"/>
                            <option value="<c:out value='${choice.value}'/>"<c:if test="${choice.selected}"> selected</c:if>><c:out value="${choiceLabel}"/></option>
                        </c:forEach>
                        </select>
                    </c:when>
                    <c:when test="${field.input == 'number'}">
                        <input type="text" inputmode="numeric" id="<c:out value='${field.name}'/>" name="<c:out value='${field.name}'/>" size="8"
                               value="<c:out value='${field.value}'/>"> <c:out value="${unit}"/>
                    </c:when>
                    <c:when test="${field.input == 'password'}">
                        <input type="password" autocomplete="new-password" id="<c:out value='${field.name}'/>" name="<c:out value='${field.name}'/>" size="40" value="">
                    </c:when>
                    <c:otherwise>
                        <input type="text" id="<c:out value='${field.name}'/>" name="<c:out value='${field.name}'/>" size="40"
                               value="<c:out value='${field.value}'/>">
                    </c:otherwise>
                </c:choose>
                </td>
                <td><c:choose>
                    <c:when test="${not empty field.currentKey}"><fmt:message key="${field.currentKey}" var="shown"/><c:out value="${shown}"/></c:when>
                    <c:otherwise><c:out value="${field.current}"/> <c:out value="${unit}"/></c:otherwise>
                </c:choose></td>
                <td><c:choose>
                    <c:when test="${not empty field.defaultKey}"><fmt:message key="${field.defaultKey}" var="shown"/><c:out value="${shown}"/></c:when>
                    <c:otherwise><c:out value="${field.defaultValue}"/> <c:out value="${unit}"/></c:otherwise>
                </c:choose></td>
            </tr>
            <tr>
                <td></td>
                <td colspan="3" class="jive-description"><c:out value="${description}"/>
                <c:if test="${not empty field.error}"><br><span class="jive-error-text"><c:out value="${field.error}"/></span></c:if>
                </td>
            </tr>
        </c:forEach>
        </table>
    </div>
</c:forEach>
    <input type="submit" name="save" value="<fmt:message key="svgroups.settings.save"/>">
</form>

</body>
</html>
