package kg.sedoff.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.export.Dump;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** /dumps/: a page listing every export, and each export as a file (sedoff-kg.ttl, sedoff-kg.gexf, ...). */
final class DumpsServlet extends HttpServlet {
    static final String PATH = "/dumps/*";
    private static final Logger LOG = LoggerFactory.getLogger(DumpsServlet.class);
    private final DatasetGraph dsg;
    private final Templates templates;

    DumpsServlet(DatasetGraph dsg, Templates templates) {
        this.dsg = dsg;
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            String html = templates.render("dumps", Map.of("title", "Downloads", "dumps", Dump.all()));
            resp.setContentType("text/html;charset=utf-8");
            resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<Dump> dump = Dump.all().stream().filter(d -> path.equals("/" + d.fileName())).findFirst();
        if (dump.isEmpty()) {
            RequestLimits.plain(resp, 404, "No such download. See /dumps/ for the list.");
            return;
        }
        try {
            // build in memory first: a failure then gives a clean error instead of half a file
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            dump.get().write(dsg, buffer);
            resp.setContentType(dump.get().mediaType() + (dump.get().mediaType().startsWith("application/n") ? "" : ";charset=utf-8"));
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().fileName() + "\"");
            resp.setContentLengthLong(buffer.size());
            try (OutputStream out = resp.getOutputStream()) {
                buffer.writeTo(out);
            }
        } catch (RuntimeException e) {
            LOG.warn("dump {} failed", dump.get().name(), e);
            RequestLimits.plain(resp, 500, "The download could not be produced.");
        }
    }
}
