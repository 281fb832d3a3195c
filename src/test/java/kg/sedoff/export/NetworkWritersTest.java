package kg.sedoff.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kg.sedoff.export.NetworkGraph.Edge;
import kg.sedoff.export.NetworkGraph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writers on a tiny hand-built network: labels and quotes full of markup, quotes and non-Latin
 * text come back exactly as written, and a stray control character from a scan does not make the
 * file unreadable.
 */
class NetworkWritersTest {
    private static final String MARKUP = "<script>&\"";
    private static final String QUOTE = "he said \"no\" & left <at once>\\ — Лев Седов";

    private static final NetworkGraph TINY = new NetworkGraph(
            List.of(new Node("a", "http://example.org/id/a", MARKUP, "Person", 3, "Q1"),
                    new Node("b", "http://example.org/id/b", "Café 'Rotonde'", "Place", 0, "")),
            List.of(new Edge("a.homeLocation.b", "a", "b", Edge.RELATION, "homeLocation",
                            "http://schema.org/homeLocation", 1, "1933-05", "", QUOTE),
                    new Edge("a.homeLocation.b.1934", "a", "b", Edge.RELATION, "homeLocation",
                            "http://schema.org/homeLocation", 1, "1934", "1938-02-16", "page\u000cbreak"),
                    new Edge("a--b", "a", "b", Edge.CO_MENTION, "co-mentioned",
                            "https://w3id.org/sedoff-kg/ns#coMentionedWith", 4, "", "", "")));

    private static byte[] write(NetworkFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkExport.write(TINY, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void labelsWithMarkupComeBackExactly(NetworkFormat format) {
        ParsedNetwork net = ParsedNetwork.parse(format, write(format));
        assertEquals(MARKUP, net.node("a").get("label"));
        assertEquals("Café 'Rotonde'", net.node("b").get("label"));
        assertEquals(QUOTE, net.edges().get(0).get("evidence"));
    }

    @ParameterizedTest
    @EnumSource(value = NetworkFormat.class, names = {"GEXF", "GRAPHML"})
    void xmlEscapesMarkup(NetworkFormat format) {
        String text = new String(write(format), StandardCharsets.UTF_8);
        assertFalse(text.contains("<script>"), text);
        assertTrue(text.contains("Лев Седов"), "written as UTF-8, not as escapes");
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void parallelEdgesAndAllFieldsSurvive(NetworkFormat format) {
        ParsedNetwork net = ParsedNetwork.parse(format, write(format));
        assertEquals(2, net.nodes().size());
        assertEquals(List.of("a.homeLocation.b", "a.homeLocation.b.1934", "a--b"),
                net.edges().stream().map(e -> e.get("id")).toList());
        Map<String, String> second = net.edges().get(1);
        assertEquals("1934", second.get("start"));
        assertEquals("1938-02-16", second.get("end"));
        Map<String, String> coMention = net.edges().get(2);
        assertEquals("co-mention", coMention.get("kind"));
        assertEquals(4.0, Double.parseDouble(coMention.get("weight")));
        assertEquals("3", net.node("a").get("mentionCount"));
        assertEquals("Q1", net.node("a").get("wikidata"));
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void aControlCharacterFromTheScanBecomesAReplacementCharacter(NetworkFormat format) {
        ParsedNetwork net = ParsedNetwork.parse(format, write(format));
        assertEquals("page\uFFFDbreak", net.edges().get(1).get("evidence"));
    }

    @Test
    void xmlLeavesUnknownValuesOutAndJsonGivesThemEmpty() {
        for (NetworkFormat format : List.of(NetworkFormat.GEXF, NetworkFormat.GRAPHML)) {
            ParsedNetwork net = ParsedNetwork.parse(format, write(format));
            assertFalse(net.node("b").containsKey("wikidata"), format.toString());
            assertFalse(net.edges().get(0).containsKey("end"), format.toString());
        }
        ParsedNetwork json = ParsedNetwork.parse(NetworkFormat.CYJS, write(NetworkFormat.CYJS));
        assertEquals("", json.node("b").get("wikidata"));
        assertEquals("", json.edges().get(0).get("end"));
    }

    @Test
    void formatsAreFoundByName() {
        assertEquals(NetworkFormat.GRAPHML, NetworkFormat.parse("GraphML").orElseThrow());
        assertEquals("application/gexf+xml", NetworkFormat.parse("gexf").orElseThrow().mediaType());
        assertTrue(NetworkFormat.parse("gml").isEmpty());
    }
}
