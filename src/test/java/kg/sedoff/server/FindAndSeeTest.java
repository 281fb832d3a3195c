package kg.sedoff.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.sedoff.Http;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search, timeline, family tree, network and map over HTTP, as a reader without JavaScript (or a
 * program) gets them: every view is complete as HTML lists, and the data behind the scripts is
 * well-formed.
 */
class FindAndSeeTest {
    static SedoffServer server;
    static String site;

    @BeforeAll
    static void start() {
        server = PamphletSite.start();
        site = PamphletSite.address(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String page(String path) {
        HttpResponse<String> r = Http.get(site + path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    @Test
    void searchingHalifaxFindsThePassageHighlightedAndItsEntities() {
        String body = page("/search?q=Halifax");
        assertTrue(body.contains("<a href=\"/id/halifax\">Halifax, Nova Scotia</a>"), "the city");
        int passage = body.indexOf("<ol class=\"passages\">");
        assertTrue(passage > 0, body);
        String passages = body.substring(passage);
        assertTrue(passages.contains("Enroute from America, near <mark>Halifax</mark>, the eleven-year-old Levik"), passages);
        // the passage links into the document where its sentence begins, and to the entities it names
        assertTrue(passages.contains("href=\"/doc/leon-sedoff-son-friend-fighter#s-23916\""), passages);
        String doc = page("/doc/leon-sedoff-son-friend-fighter");
        int anchor = doc.indexOf("<span class=\"anchor\" id=\"s-23916\"></span>");
        assertTrue(anchor > 0, "the document page has the sentence's anchor");
        assertTrue(doc.substring(anchor).replaceAll("<[^>]+>", "").startsWith("Enroute from America, near"),
                doc.substring(anchor, anchor + 200));
        for (String e : new String[] {"/id/halifax", "/id/leon-sedov", "/id/united-states"}) {
            assertTrue(passages.contains("class=\"entity\" href=\"" + e + "\""), e);
        }
    }

    @Test
    void searchFindsWordsInDescriptionsAndPassagesNotOnlyNames() {
        String body = page("/search?q=poisoning");
        assertTrue(body.contains("href=\"/id/sergei-sedov\""), "found by its description");
        assertTrue(body.contains("<mark>"), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", "*", "AND", "title:(", "%5C", "a%22b"})
    void searchSurvivesQuerySyntaxAndMarkup(String q) {
        HttpResponse<String> r = Http.get(site + "/search?q=" + q, "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert"), r.body());
    }

    @Test
    void textQueryWithScoresWorksOverTheSparqlEndpoint() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX sedoff: <https://w3id.org/sedoff-kg/ns#>
                SELECT ?s ?score ?text WHERE { (?s ?score ?text) text:query (sedoff:normalizedText "Halifax") }
                ORDER BY DESC(?score)""";
        HttpResponse<String> r = Http.post(site + "/sedoff/sparql", "application/x-www-form-urlencoded",
                Http.form("query", query));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        JsonArray rows = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(1, rows.size(), r.body());
        JsonObject row = rows.get(0).getAsObject();
        assertTrue(row.get("text").getAsObject().get("value").getAsString().value().contains("near Halifax"));
        assertTrue(Double.parseDouble(row.get("score").getAsObject().get("value").getAsString().value()) > 0);
    }

    @Test
    void theTimelineListsDatedFactsInOrderWithTheirEvidence() {
        String body = page("/timeline");
        Matcher m = Pattern.compile("<time>([0-9-]+)</time>").matcher(body);
        List<String> dates = new ArrayList<>();
        while (m.find()) {
            dates.add(m.group(1));
        }
        assertTrue(dates.size() > 40, "dates: " + dates.size());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "in order");
        assertTrue(dates.contains("1906-02") && dates.contains("1938-02-16"), "Leon's birth and death");
        int death = body.indexOf("<time>1938-02-16</time>");
        String entry = body.substring(death, body.indexOf("</li>", death));
        assertTrue(entry.contains("href=\"/id/"), entry);
        assertTrue(entry.contains("twelve days before his death"), entry);
        assertTrue(Pattern.compile("href=\"/doc/leon-sedoff-son-friend-fighter#ev-\\d+\"").matcher(entry).find(), entry);
        // a fact with dates: Leon in Berlin from 1931 until 1933
        assertTrue(body.contains("home location</span> · <a href=\"/id/berlin\">Berlin</a> <span class=\"dates\">1931 – 1933</span>"),
                "a dated fact with its range");
    }

    @Test
    void leonSedovsFamilyTreeShowsParentsBrotherAndSister() {
        String body = page("/id/leon-sedov/family");
        String parents = section(body, "generation parents");
        assertTrue(parents.contains(">Leon Trotsky</a>") && parents.contains(">Natalia Sedova</a>"), parents);
        assertTrue(body.contains("generation parents married"), "the parents are married to each other");
        String own = section(body, "generation own");
        assertTrue(own.contains(">Sergei Sedov</a>") && own.contains(">Zinaida Volkova</a>"), own);
        assertTrue(own.contains("<strong>Leon Sedov</strong>"));
        assertTrue(body.contains("He decided to try to reach his younger brother Sergei"), "the brother's evidence");
        assertTrue(body.contains("his older sister&#39;s corpse"), "the sister's evidence");
        // from the other side: Trotsky's children are found through schema:parent pointing at him
        String trotsky = page("/id/leon-trotsky/family");
        String children = section(trotsky, "generation children");
        for (String child : new String[] {"Leon Sedov", "Sergei Sedov", "Zinaida Volkova"}) {
            assertTrue(children.contains(">" + child + "</a>"), child);
        }
        assertTrue(section(trotsky, "generation own").contains(">Natalia Sedova</a>"), "spouse");
        assertEquals(404, Http.get(site + "/id/no-such-person/family", "text/html").statusCode());
    }

    /** One generation of the tree: from its box to the next connector or the end of the tree. */
    private static String section(String body, String cssClass) {
        int at = body.indexOf("<div class=\"" + cssClass);
        assertTrue(at >= 0, cssClass + " in " + body);
        int next = body.indexOf("<div class=\"descent\"", at);
        int treeEnd = body.indexOf("<section>", at);
        return body.substring(at, next > 0 && next < treeEnd ? next : treeEnd);
    }

    @Test
    void theNetworkPageIsAListWithoutJavaScriptAndJsonForTheScript() {
        String body = page("/id/leon-sedov/network");
        assertTrue(body.contains("<section class=\"network-list\" id=\"relations\">"), "relations list");
        assertTrue(body.contains("<section class=\"network-list\" id=\"comentions\">"), "co-mentions list");
        assertTrue(body.contains("href=\"/id/leon-trotsky/network\">Leon Trotsky</a>"), "a neighbour");
        assertTrue(Pattern.compile("<figure class=\"network-graph\" id=\"network-graph\" data-json=\"/id/leon-sedov/network\\?format(=|&#61;)json\" hidden>")
                .matcher(body).find(), "the graph stays hidden until the script draws it");
        assertTrue(body.contains("<script src=\"/static/lib/vis-network/vis-network.min.js\"></script>"));
        HttpResponse<String> js = Http.get(site + "/static/lib/vis-network/vis-network.min.js", "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, Http.get(site + "/static/js/network.js", "*/*").statusCode());
        assertEquals(404, Http.get(site + "/static/lib/nothing.js", "*/*").statusCode(), "only the named files are served");

        HttpResponse<String> r = Http.get(site + "/id/leon-sedov/network?format=json", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject json = JSON.parse(r.body());
        assertEquals("/id/leon-sedov", json.get("center").getAsString().value());
        Set<String> ids = new HashSet<>();
        for (JsonValue n : json.get("nodes").getAsArray()) {
            ids.add(n.getAsObject().get("id").getAsString().value());
        }
        assertTrue(ids.contains("/id/leon-trotsky") && ids.contains("/id/natalia-sedova"));
        boolean relation = false;
        boolean coMention = false;
        for (JsonValue e : json.get("edges").getAsArray()) {
            JsonObject o = e.getAsObject();
            assertTrue(ids.contains(o.get("from").getAsString().value()) && ids.contains(o.get("to").getAsString().value()),
                    "every edge joins listed nodes: " + o);
            relation |= o.get("kind").getAsString().value().equals("relation");
            coMention |= o.get("kind").getAsString().value().equals("comention") && o.get("weight").getAsNumber().value().intValue() > 0;
        }
        assertTrue(relation && coMention);
        // the lists and the JSON describe the same nodes
        Matcher m = Pattern.compile("<a class=\"node [A-Za-z]*\" href=\"(/id/[a-z0-9-]+)/network\">").matcher(body);
        while (m.find()) {
            assertTrue(ids.contains(m.group(1)), m.group(1));
        }
        assertEquals(404, Http.get(site + "/id/no-such-thing/network?format=json", "application/json").statusCode());
    }

    @Test
    void theGeoJsonIsAValidFeatureCollectionOfPoints() {
        HttpResponse<String> r = Http.get(site + "/places.geojson", "application/geo+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonObject fc = JSON.parse(r.body());
        assertEquals("FeatureCollection", fc.get("type").getAsString().value());
        JsonArray features = fc.get("features").getAsArray();
        assertTrue(features.size() >= 10, "features: " + features.size());
        Set<String> ids = new HashSet<>();
        for (JsonValue v : features) {
            JsonObject f = v.getAsObject();
            assertEquals("Feature", f.get("type").getAsString().value());
            JsonObject geometry = f.get("geometry").getAsObject();
            assertEquals("Point", geometry.get("type").getAsString().value());
            JsonArray c = geometry.get("coordinates").getAsArray();
            assertEquals(2, c.size());
            double lon = c.get(0).getAsNumber().value().doubleValue();
            double lat = c.get(1).getAsNumber().value().doubleValue();
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, lon + "," + lat);
            JsonObject p = f.get("properties").getAsObject();
            assertTrue(p.get("mentionCount").isNumber());
            assertTrue(p.get("related").isArray());
            assertNotNull(p.get("label").getAsString().value());
            ids.add(p.get("id").getAsString().value());
            if (p.get("id").getAsString().value().equals("paris")) {
                assertTrue(lon > 2 && lon < 3 && lat > 48 && lat < 49, "longitude first: " + c);
                assertEquals("Q90", p.get("wikidata").getAsString().value());
                boolean leon = false;
                for (JsonValue rel : p.get("related").getAsArray()) {
                    leon |= rel.getAsObject().get("id").getAsString().value().equals("leon-sedov");
                }
                assertTrue(leon, "Leon lived in Paris");
            }
        }
        assertTrue(ids.contains("paris") && ids.contains("halifax"));
        assertFalse(ids.contains("france"), "no coordinates were cited for France");
    }

    @Test
    void theMapPageIsAnSvgMapAndATableWithoutJavaScript() {
        String body = page("/map");
        assertTrue(body.contains("<svg class=\"map-svg\""), "server-drawn map");
        assertTrue(Pattern.compile("<a href=\"/id/paris\"><circle class=\"place\"").matcher(body).find(), "Paris on the map");
        assertTrue(body.contains("<table class=\"index places\">"), "table of places");
        assertTrue(body.contains("<h2>Places without coordinates</h2>"));
        assertTrue(body.contains("<div class=\"canvas\" id=\"map-canvas\" hidden"), "the script's map stays hidden without it");
        assertTrue(body.contains("<script src=\"/static/lib/leaflet/leaflet.js\"></script>"));
        assertEquals(200, Http.get(site + "/static/lib/leaflet/leaflet.css", "text/css").statusCode());
        assertFalse(body.contains("tile.openstreetmap") || body.contains("//unpkg") || body.contains("cdn"), "nothing external");
    }

    @Test
    void theNewPagesAreInTheNavigation() {
        String home = page("/");
        assertTrue(home.contains("<a href=\"/timeline\">Timeline</a>") && home.contains("<a href=\"/map\">Map</a>"));
    }
}
