package org.jivesoftware.util;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.servlet.jsp.JspWriter;
import javax.servlet.jsp.PageContext;

public abstract class WebBean {
    public HttpSession session;

    public HttpServletRequest request;

    public HttpServletResponse response;

    public ServletContext application;

    public JspWriter out;

    public void init(HttpServletRequest request, HttpServletResponse response, HttpSession session, ServletContext app, JspWriter out) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void init(HttpServletRequest request, HttpServletResponse response, HttpSession session, ServletContext app) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public void init(PageContext pageContext) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
