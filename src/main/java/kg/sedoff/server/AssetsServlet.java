package kg.sedoff.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;

/**
 * The scripts of the network and map pages, from the jar: the libraries from their WebJars
 * (/static/lib/...) and the site's own small scripts (/static/js/...). Only the files named here
 * are served; nothing is fetched from elsewhere at run time.
 */
final class AssetsServlet extends HttpServlet {
    static final String LIB_PATH = "/static/lib/*";
    static final String JS_PATH = "/static/js/*";

    private record Asset(String resource, String type) {
    }

    private final Map<String, Asset> assets;

    AssetsServlet() {
        String vis = webjar("vis-network");
        String leaflet = webjar("leaflet");
        assets = Map.of(
                "/static/lib/vis-network/vis-network.min.js", new Asset(vis + "/standalone/umd/vis-network.min.js", JS),
                "/static/lib/vis-network/vis-network.min.css", new Asset(vis + "/styles/vis-network.min.css", CSS),
                "/static/lib/leaflet/leaflet.js", new Asset(leaflet + "/dist/leaflet.js", JS),
                "/static/lib/leaflet/leaflet.css", new Asset(leaflet + "/dist/leaflet.css", CSS),
                "/static/js/network.js", new Asset("/static/js/network.js", JS),
                "/static/js/map.js", new Asset("/static/js/map.js", JS));
    }

    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";

    /** The folder of an npm WebJar on the classpath, at the version the build put there. */
    private static String webjar(String name) {
        String props = "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = AssetsServlet.class.getResourceAsStream(props)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return "/META-INF/resources/webjars/" + name + "/" + p.getProperty("version", "missing");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + props, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Asset asset = assets.get(req.getRequestURI());
        byte[] body = null;
        if (asset != null) {
            try (InputStream in = AssetsServlet.class.getResourceAsStream(asset.resource())) {
                body = in == null ? null : in.readAllBytes();
            }
        }
        if (body == null) {
            RequestLimits.plain(resp, 404, "No such file.");
            return;
        }
        resp.setContentType(asset.type());
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
