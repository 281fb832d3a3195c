package kg.sedoff.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Vocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * The pamphlet's network as Gephi, networkx and Cytoscape would open it: every file parses, has
 * one node per entity and one edge per fact between entities plus one per co-mention, and its
 * edges point at nodes that exist. Expected counts come straight from the store, not from the
 * exporter.
 */
class NetworkExportTest {
    private static final String PREFIXES = "PREFIX rdf: <" + Vocab.RDF + "> PREFIX sedoff: <" + Vocab.SEDOFF + "> ";
    private static final Map<NetworkFormat, byte[]> WRITTEN = new EnumMap<>(NetworkFormat.class);

    private static synchronized byte[] written(NetworkFormat format) {
        return WRITTEN.computeIfAbsent(format, f -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkExport.write(TestStore.dataset(), f, out);
            return out.toByteArray();
        });
    }

    private static ParsedNetwork parsed(NetworkFormat format) {
        return ParsedNetwork.parse(format, written(format));
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void oneNodePerEntity(NetworkFormat format) {
        long entities = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e sedoff:mentionCount ?c }");
        assertTrue(entities > 100, "the pamphlet names over a hundred entities");
        assertEquals(entities, parsed(format).nodes().size());
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void oneEdgePerFactBetweenEntitiesAndPerCoMention(NetworkFormat format) {
        long facts = count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE "
                + "{ ?f a sedoff:Fact ; rdf:object ?o . ?o sedoff:mentionCount ?c }");
        long coMentions = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a sedoff:CoMention }");
        List<Map<String, String>> edges = parsed(format).edges();
        assertEquals(facts, edges.stream().filter(e -> "relation".equals(e.get("kind"))).count());
        assertEquals(coMentions, edges.stream().filter(e -> "co-mention".equals(e.get("kind"))).count());
        assertEquals(facts + coMentions, edges.size());
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void edgeIdsAreUniqueAndEveryEdgeJoinsTwoNodes(NetworkFormat format) {
        ParsedNetwork net = parsed(format);
        Set<String> nodeIds = net.nodes().stream().map(n -> n.get("id")).collect(Collectors.toSet());
        assertEquals(net.nodes().size(), nodeIds.size(), "node ids are unique");
        Set<String> edgeIds = new HashSet<>();
        for (Map<String, String> e : net.edges()) {
            assertTrue(edgeIds.add(e.get("id")), "duplicate edge id " + e.get("id"));
            assertTrue(nodeIds.contains(e.get("source")), "unknown source in " + e);
            assertTrue(nodeIds.contains(e.get("target")), "unknown target in " + e);
        }
        // Cytoscape.js keeps nodes and edges in one id space
        edgeIds.retainAll(nodeIds);
        assertEquals(Set.of(), edgeIds);
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void leonSedovIsAPersonWithHisLabelAndWikidataItem(NetworkFormat format) {
        Map<String, String> leon = parsed(format).node("leon-sedov");
        assertEquals("Leon Sedov", leon.get("label"));
        assertEquals("Person", leon.get("type"));
        assertTrue(leon.get("wikidata").matches("Q\\d+"), leon.toString());
        assertTrue(Integer.parseInt(leon.get("mentionCount")) > 10, leon.toString());
        assertEquals("http://localhost:3030/id/leon-sedov", leon.get("iri"));
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void parallelFactsStayTwoEdgesEachWithItsDatesAndEvidence(NetworkFormat format) {
        // relations.csv: Leon lived in Paris from 1933 to 1938, and Paris is also in his list of cities
        List<Map<String, String>> homes = parsed(format).edges().stream()
                .filter(e -> "leon-sedov".equals(e.get("source")) && "paris".equals(e.get("target"))
                        && "homeLocation".equals(e.get("label")))
                .toList();
        assertEquals(2, homes.size(), homes.toString());
        Map<String, String> dated = homes.stream().filter(e -> "1933".equals(e.get("start"))).findFirst().orElseThrow();
        assertEquals("1938", dated.get("end"));
        assertEquals("moved to Paris where the Bulletin followed him", dated.get("evidence"));
        assertEquals(Vocab.SCHEMA + "homeLocation", dated.get("predicate"));
        assertEquals(1.0, Double.parseDouble(dated.get("weight")));
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void aDefendantIsOneEdgeNotAlsoAParticipantEdge(NetworkFormat format) {
        List<Map<String, String>> trial = parsed(format).edges().stream()
                .filter(e -> "trial-of-the-sixteen".equals(e.get("source")) && "lev-kamenev".equals(e.get("target")))
                .toList();
        assertEquals(List.of("defendant"), trial.stream().map(e -> e.get("label")).toList());
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void coMentionsWeighTheSentencesNamingBoth(NetworkFormat format) {
        List<Map<String, String>> coMentions = parsed(format).edges().stream()
                .filter(e -> "co-mention".equals(e.get("kind"))).toList();
        assertTrue(coMentions.stream().allMatch(e -> Double.parseDouble(e.get("weight")) >= 1));
        assertTrue(coMentions.stream().anyMatch(e -> Double.parseDouble(e.get("weight")) > 1));
        assertTrue(coMentions.stream().allMatch(e -> "co-mentioned".equals(e.get("label"))));
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void theSameStoreGivesTheSameFile(NetworkFormat format) {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        NetworkExport.write(TestStore.dataset(), format, again);
        assertArrayEquals(written(format), again.toByteArray());
    }

    @Test
    void gexfIsVersion13WithUndirectedCoMentions() {
        ParsedNetwork gexf = parsed(NetworkFormat.GEXF);
        Element root = gexf.xml().getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        assertEquals("static", graph.getAttribute("mode"));
        for (Map<String, String> e : gexf.edges()) {
            boolean coMention = "co-mention".equals(e.get("kind"));
            assertEquals(coMention ? "mutual" : null, e.get("gexf:type"), e.toString());
            // Gephi merges edges with the same source, target and kind: the kind is the predicate
            assertEquals(e.get("label"), e.get("gexf:kind"));
        }
    }

    @Test
    void graphmlDeclaresATypedKeyForEveryDataElement() {
        ParsedNetwork graphml = parsed(NetworkFormat.GRAPHML);
        Element root = graphml.xml().getDocumentElement();
        assertEquals(GraphmlWriter.NAMESPACE, root.getNamespaceURI());
        Map<String, Element> keys = new java.util.HashMap<>();
        var keyList = root.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), k);
        }
        var data = root.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "data");
        assertTrue(data.getLength() > 0);
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            Element key = keys.get(d.getAttribute("key"));
            assertTrue(key != null, "no <key> for " + d.getAttribute("key"));
            assertEquals(((Element) d.getParentNode()).getLocalName(), key.getAttribute("for"));
        }
        assertEquals("int", typeOf(keys, "node", "mentionCount"));
        assertEquals("double", typeOf(keys, "edge", "weight"));
        for (String name : List.of("label", "type", "wikidata")) {
            assertEquals("string", typeOf(keys, "node", name));
        }
        for (String name : List.of("label", "kind", "predicate", "start", "end", "evidence")) {
            assertEquals("string", typeOf(keys, "edge", name));
        }
        Element graph = (Element) root.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "graph").item(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));
    }

    private static String typeOf(Map<String, Element> keys, String forElement, String name) {
        return keys.values().stream()
                .filter(k -> k.getAttribute("for").equals(forElement) && k.getAttribute("attr.name").equals(name))
                .map(k -> k.getAttribute("attr.type")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + forElement + " key " + name));
    }

    @Test
    void cytoscapeJsonGivesEveryElementEveryField() {
        ParsedNetwork cyjs = parsed(NetworkFormat.CYJS);
        Set<String> nodeFields = Set.of("id", "label", "type", "mentionCount", "wikidata", "iri");
        Set<String> edgeFields = Set.of("id", "source", "target", "label", "kind", "predicate", "weight",
                "start", "end", "evidence");
        cyjs.nodes().forEach(n -> assertEquals(nodeFields, n.keySet()));
        cyjs.edges().forEach(e -> assertEquals(edgeFields, e.keySet()));
        var leon = cyjs.json().get("elements").getAsObject().get("nodes").getAsArray().stream()
                .map(v -> v.getAsObject().get("data").getAsObject())
                .filter(d -> d.get("id").getAsString().value().equals("leon-sedov")).findFirst().orElseThrow();
        assertTrue(leon.get("mentionCount").isNumber(), "mentionCount is a JSON number");
    }

    private static long count(String query) {
        DatasetGraph dsg = TestStore.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }
}
