package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.sedoff.Http;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Entity, document and fact IRIs dereferenced over HTTP, as a browser or a linked-data client would. */
class LinkedDataSiteTest {
    static SedoffServer server;
    static String site;
    static final Node LEON = NodeFactory.createURI(Iris.DEFAULT_BASE + "id/leon-sedov");

    @BeforeAll
    static void start() {
        server = PamphletSite.start();
        site = PamphletSite.address(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML",
        "application/n-triples, NTRIPLES",
    })
    void anEntityIriAnswersMachinesInEachRdfSyntax(String accept, String lang) {
        HttpResponse<String> r = Http.get(site + "/id/leon-sedov", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        assertDescribesLeon(parse(r.body(), lang));
    }

    @Test
    void formatParameterWinsOverAccept() {
        HttpResponse<String> r = Http.get(site + "/id/leon-sedov?format=ttl", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertDescribesLeon(parse(r.body(), "TURTLE"));
        HttpResponse<String> html = Http.get(site + "/id/leon-sedov?format=html", "text/turtle");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*/*                                                   | text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
        "application/rdf+xml;q=0.5, application/ld+json;q=0.9  | application/ld+json",
        "text/html;q=0.1, text/turtle                          | text/turtle",
        "image/png                                             | text/turtle",
        "text/*                                                | text/turtle",
    })
    void acceptHeadersAreWeighedByQuality(String accept, String expected) {
        HttpResponse<String> r = Http.get(site + "/id/leon-sedov", accept.strip());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected.strip()),
                accept + " -> " + r.headers().firstValue("Content-Type"));
    }

    @Test
    void theEntityPageShowsNamesRelationsEvidenceMentionsAndCompany() {
        HttpResponse<String> r = Http.get(site + "/id/leon-sedov", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<h1>Leon Sedov</h1>"), page);
        assertTrue(page.contains("Levik"), "an alternative name");
        assertTrue(page.contains("https://www.wikidata.org/wiki/Q543149") || page.contains("http://www.wikidata.org/entity/Q543149"),
                "Wikidata link");
        assertTrue(page.contains("1938-02-16"), "death date");
        // a relation and its evidence, linked into the document at the passage
        assertTrue(page.contains(">parent<"), "relation predicate");
        assertTrue(page.contains("href=\"/id/leon-trotsky\""), "relation object");
        assertTrue(page.contains("beat him up because he was Trotsky"), "evidence quote");
        assertTrue(Pattern.compile("href=\"/doc/leon-sedoff-son-friend-fighter#ev-\\d+\"").matcher(page).find(), "quote link");
        // keyword in context
        assertTrue(Pattern.compile("<td class=\"match\"><a href=\"/doc/leon-sedoff-son-friend-fighter#m-\\d+\">[^<]+</a></td>")
                .matcher(page).find(), "a KWIC line");
        // co-mentioned entities, heaviest first
        Matcher co = Pattern.compile("<ul class=\"comentions\">\\s*<li><a href=\"(/id/[a-z0-9-]+)\">").matcher(page);
        assertTrue(co.find(), "co-mentioned entity");
        assertNotEquals("/id/leon-sedov", co.group(1));
    }

    @Test
    void theDocumentPageHighlightsMentionsAsLinksAtTheirRawOffsets() {
        HttpResponse<String> r = Http.get(site + "/doc/leon-sedoff-son-friend-fighter", "text/html");
        assertEquals(200, r.statusCode());
        Matcher m = Pattern.compile("<a class=\"mention\" id=\"m-(\\d+)\" href=\"/id/([a-z0-9-]+)\"[^>]*>([^<]+)</a>")
                .matcher(r.body());
        assertTrue(m.find(), "a highlighted mention");
        String raw = documentRawText();
        int begin = Integer.parseInt(m.group(1));
        String shown = unescape(m.group(3));
        assertEquals(raw.substring(begin, begin + shown.length()), shown, "the highlight sits at the raw offset");
        assertTrue(r.body().contains("class=\"evidence\" id=\"ev-"), "evidence passages are marked");
        HttpResponse<String> reading = Http.get(site + "/doc/leon-sedoff-son-friend-fighter?view=normalized", "text/html");
        assertEquals(200, reading.statusCode());
        assertTrue(reading.body().contains("href=\"/doc/leon-sedoff-son-friend-fighter\""), "the scan is one click away");
        assertFalse(reading.body().contains("class=\"mention\""));
    }

    @Test
    void documentsMentionsAndFactsDereferenceToo() {
        assertEquals(200, Http.get(site + "/doc/leon-sedoff-son-friend-fighter", "text/turtle").statusCode());
        HttpResponse<String> doc = Http.get(site + "/doc/leon-sedoff-son-friend-fighter", "text/html");
        Matcher m = Pattern.compile("id=\"m-(\\d+)\"").matcher(doc.body());
        assertTrue(m.find());
        String factPath = "/fact/leon-sedov.parent.leon-trotsky";
        for (String path : new String[] {factPath, "/id/leon-trotsky"}) {
            assertEquals(200, Http.get(site + path, "text/html").statusCode(), path);
            Graph g = parse(Http.get(site + path, "application/n-triples").body(), "NTRIPLES");
            assertTrue(g.contains(NodeFactory.createURI(Iris.DEFAULT_BASE + path.substring(1)), Node.ANY, Node.ANY), path);
        }
        HttpResponse<String> fact = Http.get(site + factPath, "text/html");
        assertTrue(fact.body().contains("beat him up"), fact.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/no-such-entity", "/doc/no-such-document", "/fact/no.such.fact",
        "/id/Leon-Sedov", "/id/leon-sedov/extra", "/doc/leon-sedoff-son-friend-fighter/mention/1-2"})
    void unknownIrisAre404(String path) {
        HttpResponse<String> html = Http.get(site + path, "text/html");
        assertEquals(404, html.statusCode(), path);
        assertTrue(html.body().contains("Not found"), html.body());
        HttpResponse<String> turtle = Http.get(site + path, "text/turtle");
        assertEquals(404, turtle.statusCode(), path);
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/..%2F..%2Fetc", "/id/..%2f..%2fetc%2fpasswd", "/id/%2e%2e/%2e%2e/etc",
        "/id/leon%22sedov", "/id/leon%27%7D%20UNION%20%7B", "/id/%3Cscript%3E", "/id/leon-sedov%3E%20.",
        "/doc/x%7B%7D", "/fact/a.b.c%22%3E", "/id/%00", "/id/leon-sedov%0A", "/id/a%5C..%5Cb",
        "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/query?example=..%2F..%2Fpom"})
    void hostileRequestsNeverFailOrLeakInternals(String path) {
        for (String accept : new String[] {"text/html", "text/turtle"}) {
            HttpResponse<String> r = Http.get(site + path, accept);
            assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
            String body = r.body();
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at org."), body);
            assertFalse(body.contains("<script>"), body);
            if (path.startsWith("/id/") || path.startsWith("/doc/") || path.startsWith("/fact/")) {
                assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            }
        }
    }

    @Test
    void searchFindsNamesIgnoringCase() {
        HttpResponse<String> r = Http.get(site + "/search?q=reiss", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<a href=\"/id/ignace-reiss\">Ignace Reiss</a>"), r.body());
        HttpResponse<String> byAltName = Http.get(site + "/search?q=LEVIK", "text/html");
        assertTrue(byAltName.body().contains("href=\"/id/leon-sedov\""), "found by another name");
        HttpResponse<String> hostile = Http.get(site + "/search?q=%22%3E%3Cb%3E", "text/html");
        assertEquals(200, hostile.statusCode());
        assertTrue(hostile.body().contains("&quot;&gt;&lt;b&gt;"), hostile.body());
    }

    @Test
    void homeIndexAndQueryPagesAreThere() {
        HttpResponse<String> home = Http.get(site + "/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/entities\"") && home.body().contains("href=\"/query\""));
        assertTrue(home.body().contains("<span class=\"n\">" + TestStore.stats().mentions() + "</span> mentions"), home.body());
        HttpResponse<String> index = Http.get(site + "/entities", "text/html");
        assertEquals(200, index.statusCode());
        for (String heading : new String[] {"People", "Places", "Organizations", "Works", "Events"}) {
            assertTrue(index.body().contains("<h2>" + heading + "</h2>"), heading);
        }
        assertTrue(index.body().indexOf("/id/leon-sedov\"") < index.body().indexOf("/id/ignace-reiss\""),
                "most mentioned first");
        HttpResponse<String> query = Http.get(site + "/query", "text/html");
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("What became of Ignace Reiss?"), "an example question");
        assertTrue(query.body().contains("<form class=\"sparql\" action=\"/sedoff/sparql\" method=\"get\">"));
        HttpResponse<String> css = Http.get(site + "/static/site.css", "text/css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("pre-wrap"));
    }

    @Test
    void theQueryFormRunsAtTheEndpoint() {
        HttpResponse<String> r = Http.get(site + "/sedoff/sparql?" + Http.form("query",
                "SELECT ?l WHERE { <" + LEON.getURI() + "> <" + Vocab.RDFS + "label> ?l }") + "&format=text", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Leon Sedov"), r.body());
    }

    private static void assertDescribesLeon(Graph g) {
        assertTrue(g.contains(LEON, Vocab.LABEL, NodeFactory.createLiteralString("Leon Sedov")), "label");
        assertTrue(g.contains(Node.ANY, Node.ANY, LEON), "an incoming triple");
        assertTrue(g.find(Node.ANY, Vocab.TA_IDENT_REF, LEON).toList().size() > 10, "mentions");
        Node mention = g.find(Node.ANY, Vocab.TA_IDENT_REF, LEON).next().getSubject();
        assertTrue(g.contains(mention, Vocab.NIF_BEGIN, Node.ANY) && g.contains(mention, Vocab.NIF_ANCHOR_OF, Node.ANY),
                "mention offsets and anchor");
    }

    static Graph parse(String body, String lang) {
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, l).parse(g);
        return g;
    }

    /** Undoes the template's HTML escaping (named and numeric character references). */
    static String unescape(String html) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String documentRawText() {
        Graph g = parse(Http.get(site + "/doc/leon-sedoff-son-friend-fighter", "application/n-triples").body(), "NTRIPLES");
        return g.find(Node.ANY, Vocab.NIF_IS_STRING, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

}
