package io.serval.web.internal;

import io.serval.web.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every list page's and every API list's controller its {@link ListQuery}, read from the request in one way;
 * requests under {@code /api/} are read for the API ({@link ListQuery.Reader#API}).
 */
class ListQueryResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListQuery.class;
    }

    @Override
    public ListQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return ListQuery.of(request.getParameter("page"), request.getParameter("size"), request.getParameter("sort"),
                request.getParameter("dir"), reader(request.getNativeRequest(HttpServletRequest.class)));
    }

    private static ListQuery.Reader reader(HttpServletRequest request) {
        if (request == null) {
            return ListQuery.Reader.PAGE;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? ListQuery.Reader.API : ListQuery.Reader.PAGE;
    }
}
