<%@ page contentType="text/csv; charset=UTF-8" trimDirectiveWhitespaces="true" %><jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager"/><%
    // The transparency report of the Statistics page's period, as CSV (a download, never decorated as a page).
    webManager.init(pageContext);
    org.svgroups.openfire.admin.StatisticsPage stats =
            org.svgroups.openfire.admin.StatisticsPage.handle(request, webManager);
    response.setHeader("Content-Disposition", "attachment; filename=\"svgroups-transparency-" + stats.getFrom()
            + "-" + stats.getTo() + ".csv\"");
    out.write(stats.getTransparencyCsv());
%>