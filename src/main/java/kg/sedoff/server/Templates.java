package kg.sedoff.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page templates (src/main/resources/templates/*.mustache). Mustache escapes every
 * {{value}} for HTML, so text from the graph or the request cannot become markup; the templates use
 * no triple braces.
 */
final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders a whole page into a string, so a failure never leaves half a page on the wire. */
    String render(String name, Object page) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        m.execute(out, page);
        return out.toString();
    }
}
