package kg.sedoff.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kg.sedoff.graph.Vocab;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data front end, added to the SPARQL server:
 * <pre>
 * SedoffServer.create().dataset(dsg).with(LinkedDataSite.install(dsg, base)).build().start();
 * </pre>
 * Every IRI the graph mints under {@code base} answers at this server's path of the same name
 * ({base}id/leon-sedov at /id/leon-sedov), whatever host and port it runs on: an HTML page for
 * browsers, Turtle, JSON-LD, RDF/XML or N-Triples for programs. Around them: a home page, an
 * index of entities, full-text search, a page of example queries, a timeline, a map (with its
 * GeoJSON), and for each entity a family tree (/id/{slug}/family) and a network (/id/{slug}/network).
 */
public final class LinkedDataSite {
    private LinkedDataSite() {
    }

    /** With the example queries from ./queries, if that folder exists. */
    public static Consumer<FusekiServer.Builder> install(DatasetGraph dsg, String base) {
        Path queries = Path.of("queries");
        return install(dsg, base, Files.isDirectory(queries) ? queries : null);
    }

    /**
     * @param base       the IRI base the store was built with, e.g. http://localhost:3030/
     * @param queriesDir a folder of example *.rq files for the query page; null for none
     */
    public static Consumer<FusekiServer.Builder> install(DatasetGraph dsg, String base, Path queriesDir) {
        String b = base.endsWith("/") ? base : base + "/";
        SiteLinks links = new SiteLinks(b);
        Templates templates = new Templates();
        ExampleQueries examples = ExampleQueries.from(queriesDir);
        return fuseki -> {
            for (String resources : List.of("/id/*", "/doc/*", "/fact/*", "/comention/*")) {
                fuseki.addServlet(resources, new LinkedDataServlet(dsg, links, templates));
            }
            // "" is the servlet mapping for the root alone; "/" is Fuseki's catch-all 404.
            fuseki.addServlet("", pages(SitePagesServlet.Page.HOME, dsg, links, templates, examples));
            fuseki.addServlet("/entities", pages(SitePagesServlet.Page.ENTITIES, dsg, links, templates, examples));
            // full-text search (names, descriptions and passages) replaces the names-only search page
            fuseki.addServlet(SearchServlet.PATH, new SearchServlet(dsg, links, templates));
            ViewsServlet views = new ViewsServlet(dsg, links, templates);
            for (String view : List.of(ViewsServlet.TIMELINE, ViewsServlet.MAP, ViewsServlet.GEOJSON)) {
                fuseki.addServlet(view, views);
            }
            fuseki.addFilter("/id/*", new ViewsServlet.EntityViewsFilter(views));
            AssetsServlet assets = new AssetsServlet();
            fuseki.addServlet(AssetsServlet.LIB_PATH, assets);
            fuseki.addServlet(AssetsServlet.JS_PATH, assets);
            fuseki.addServlet("/query", pages(SitePagesServlet.Page.QUERY, dsg, links, templates, examples));
            fuseki.addServlet(StylesheetServlet.PATH, new StylesheetServlet());
            fuseki.addServlet(DumpsServlet.PATH, new DumpsServlet(dsg, templates));
            fuseki.addServlet(DescriptionServlet.VOID_PATH, new DescriptionServlet(dsg, b));
            for (String endpoint : List.of("/sedoff/sparql", "/sedoff/query")) {
                fuseki.addFilter(endpoint, new DescriptionServlet.ServiceDescriptionFilter());
            }
        };
    }

    private static SitePagesServlet pages(SitePagesServlet.Page page, DatasetGraph dsg, SiteLinks links,
                                          Templates templates, ExampleQueries examples) {
        return new SitePagesServlet(page, dsg, links, templates, examples);
    }

    /** Prefixes for RDF answers, so Turtle reads like the README's examples. */
    static Map<String, String> prefixes(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rdf", Vocab.RDF);
        p.put("rdfs", Vocab.RDFS);
        p.put("owl", Vocab.OWL);
        p.put("xsd", Vocab.XSD);
        p.put("skos", Vocab.SKOS);
        p.put("schema", Vocab.SCHEMA);
        p.put("nif", Vocab.NIF);
        p.put("itsrdf", Vocab.ITSRDF);
        p.put("dcterms", Vocab.DCTERMS);
        p.put("sedoff", Vocab.SEDOFF);
        p.put("wd", Vocab.WIKIDATA);
        p.put("id", base + "id/");
        return p;
    }

    record FormatLink(String name, String href) {
    }

    /** Links to the other representations of the resource at a path. */
    static List<FormatLink> formatLinks(String path) {
        return List.of(new FormatLink("Turtle", path + "?format=ttl"), new FormatLink("JSON-LD", path + "?format=jsonld"),
                new FormatLink("RDF/XML", path + "?format=rdfxml"), new FormatLink("N-Triples", path + "?format=nt"));
    }
}
