package kg.sedoff.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The "find and see" views: the timeline (/timeline), the map (/map) and its data
 * (/places.geojson), and for each entity its family tree (/id/{slug}/family) and its network
 * (/id/{slug}/network, with ?format=json for the script). The network and map pages load scripts
 * from this server only; without them they are lists (and an SVG map) drawn here.
 */
final class ViewsServlet extends SiteServlet {
    static final String TIMELINE = "/timeline";
    static final String MAP = "/map";
    static final String GEOJSON = "/places.geojson";
    /** The pages that run scripts: from this server only, and they may fetch their data from it. */
    private static final String SCRIPT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /**
     * vis-network (its standalone build) sets inline styles on the elements it creates; inline
     * styles, never inline scripts, are allowed on the network page only.
     */
    private static final String NETWORK_CSP = SCRIPT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    private static final Pattern ENTITY_VIEW = Pattern.compile("/id/([a-z0-9]+(?:-[a-z0-9]+)*)/(family|network)");

    ViewsServlet(DatasetGraph dataset, SiteLinks links, Templates templates) {
        super(dataset, links, templates);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Matcher m = ENTITY_VIEW.matcher(path);
        if (m.matches()) {
            Node entity = links.entity(m.group(1));
            if (m.group(2).equals("family")) {
                page(resp, "family", read(g -> FamilyPage.read(g, links, entity)));
            } else {
                network(req, resp, entity);
            }
            return;
        }
        switch (path) {
            case TIMELINE -> html(resp, 200, "timeline", read(g -> TimelinePage.read(g, links)));
            case MAP -> {
                resp.setHeader("Content-Security-Policy", SCRIPT_CSP);
                html(resp, 200, "map", read(g -> PlacesMap.read(g, links).page()));
            }
            case GEOJSON -> json(resp, "application/geo+json", read(g -> PlacesMap.read(g, links).geoJson()));
            default -> notFound(resp, wantsHtml(req));
        }
    }

    private void network(HttpServletRequest req, HttpServletResponse resp, Node entity) throws IOException {
        boolean asJson = "json".equals(req.getParameter("format"));
        Optional<NetworkPage> network = read(g -> NetworkPage.read(g, links, entity));
        if (network.isEmpty()) {
            notFound(resp, !asJson);
        } else if (asJson) {
            json(resp, "application/json", network.get().json());
        } else {
            resp.setHeader("Content-Security-Policy", NETWORK_CSP);
            html(resp, 200, "network", network.get().page());
        }
    }

    private void page(HttpServletResponse resp, String template, Optional<Map<String, Object>> page) throws IOException {
        if (page.isEmpty()) {
            notFound(resp, true);
        } else {
            html(resp, 200, template, page.get());
        }
    }

    private static void json(HttpServletResponse resp, String type, JsonObject json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, json);
        send(resp, 200, type + "; charset=utf-8", out.toByteArray());
    }

    /**
     * Sends /id/{slug}/family and /id/{slug}/network to the views; every other /id/ path goes on to
     * the linked-data servlet, which answers for entity IRIs.
     */
    static final class EntityViewsFilter implements Filter {
        private final ViewsServlet views;

        EntityViewsFilter(ViewsServlet views) {
            this.views = views;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            if (req instanceof HttpServletRequest http && ENTITY_VIEW.matcher(http.getRequestURI()).matches()) {
                views.service(req, resp);
                return;
            }
            chain.doFilter(req, resp);
        }
    }
}
