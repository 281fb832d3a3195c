package kg.sedoff.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page of the site shares: reading the store in a read transaction, rendering a
 * template, and failing politely. A failure is logged and answered with a plain 500 page; no
 * exception text or stack trace ever reaches the client.
 */
abstract class SiteServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    protected final transient DatasetGraph dataset;
    protected final transient SiteLinks links;
    protected final transient Templates templates;

    SiteServlet(DatasetGraph dataset, SiteLinks links, Templates templates) {
        this.dataset = dataset;
        this.links = links;
        this.templates = templates;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        try {
            super.service(req, resp);
        } catch (Exception e) {
            LOG.warn("{} {} failed", req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                text(resp, 500, "Internal server error. The problem has been logged.");
            }
        }
    }

    /** Reads the union of all graphs inside one read transaction. */
    protected <T> T read(Function<GraphLookup, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(new GraphLookup(dataset.getUnionGraph())));
    }

    protected void html(HttpServletResponse resp, int status, String template, Map<String, Object> page)
            throws IOException {
        send(resp, status, "text/html; charset=utf-8", templates.render(template, page).getBytes(StandardCharsets.UTF_8));
    }

    protected static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    protected static void send(HttpServletResponse resp, int status, String contentType, byte[] body)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** 404: a page for people, a line of text for programs. */
    protected void notFound(HttpServletResponse resp, boolean forPeople) throws IOException {
        if (forPeople) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", "Not found");
            page.put("status", 404);
            page.put("message", "There is nothing in the knowledge graph at this address.");
            html(resp, 404, "error", page);
        } else {
            text(resp, 404, "Not found: the knowledge graph has no resource at this address.");
        }
    }

    protected void badRequest(HttpServletResponse resp, boolean forPeople, String message) throws IOException {
        if (forPeople) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", "Bad request");
            page.put("status", 400);
            page.put("message", message);
            html(resp, 400, "error", page);
        } else {
            text(resp, 400, message);
        }
    }

    protected static boolean wantsHtml(HttpServletRequest req) {
        return ContentNegotiation.choose(req.getHeader("Accept")) == Representation.HTML;
    }
}
