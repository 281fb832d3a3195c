package kg.sedoff.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/** The site's own pages: home, the entity index and the query page (search is {@link SearchServlet}). */
final class SitePagesServlet extends SiteServlet {
    enum Page { HOME, ENTITIES, QUERY }

    private static final String DEFAULT_QUERY = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sedoff: <https://w3id.org/sedoff-kg/ns#>
            # The ten most mentioned entities
            SELECT ?entity ?label ?mentions WHERE {
              ?entity rdfs:label ?label ; sedoff:mentionCount ?mentions .
            }
            ORDER BY DESC(?mentions)
            LIMIT 10
            """;

    private final Page which;
    private final transient ExampleQueries examples;

    SitePagesServlet(Page which, DatasetGraph dataset, SiteLinks links, Templates templates, ExampleQueries examples) {
        super(dataset, links, templates);
        this.which = which;
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        switch (which) {
            case HOME -> html(resp, 200, "home", read(g -> HomePage.read(g, links, EntityIndex.read(g, links))));
            case ENTITIES -> html(resp, 200, "entities", read(g -> EntityIndex.page(EntityIndex.read(g, links))));
            case QUERY -> query(req, resp);
        }
    }

    private void query(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String example = req.getParameter("example");
        String text = example == null ? null
                : examples.named(example).map(ExampleQueries.Example::text).orElse(null);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Query");
        page.put("examples", examples.all());
        page.put("query", text != null ? text
                : examples.all().isEmpty() ? DEFAULT_QUERY : examples.all().get(0).text());
        html(resp, 200, "query", page);
    }
}
