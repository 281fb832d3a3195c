package kg.sedoff.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The site's one stylesheet, from the classpath (static/site.css). */
final class StylesheetServlet extends HttpServlet {
    static final String PATH = "/static/site.css";
    private final byte[] css;

    StylesheetServlet() {
        try (InputStream in = StylesheetServlet.class.getResourceAsStream("/static/site.css")) {
            css = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read static/site.css", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!PATH.equals(req.getRequestURI())) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("text/css; charset=utf-8");
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(css.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(css);
        }
    }
}
