package kg.sedoff.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses oversized requests before any work is done: a body larger than {@code maxBodyBytes}
 * (413) and request paths that try to climb out ("..", encoded slashes or backslashes: 400).
 */
final class RequestLimits implements Filter {
    private final long maxBodyBytes;

    RequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            plain(response, 413, "Request body too large: " + length + " bytes; the limit is " + maxBodyBytes + ".");
            return;
        }
        String uri = request.getRequestURI();
        String lower = uri.toLowerCase();
        if (lower.contains("..") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || uri.contains("\\")) {
            plain(response, 400, "Bad request path.");
            return;
        }
        chain.doFilter(req, resp);
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
