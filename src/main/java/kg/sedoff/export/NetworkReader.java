package kg.sedoff.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kg.sedoff.graph.Vocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Reads the {@link NetworkGraph} out of a store with SPARQL, in one read transaction, so the
 * nodes and the edges come from the same snapshot. Relation edges come from the reified
 * sedoff:Fact statements, not from the plain triples: an own predicate such as sedoff:defendant
 * also has its schema:participant triple written, and reading triples would double that edge.
 *
 * <p>Edge ids are taken from the fact and co-mention IRIs ({base}fact/{key},
 * {base}comention/{a}--{b}), so an edge keeps its id when other facts are added to the catalog, and
 * no edge id can equal a node id (entity slugs contain neither '.' nor "--"), which Cytoscape.js
 * requires. Everything is ordered by IRI, so the same store always gives the same file.
 */
public final class NetworkReader {
    private static final String PREFIXES = """
            PREFIX rdf: <%s>
            PREFIX rdfs: <%s>
            PREFIX owl: <%s>
            PREFIX schema: <%s>
            PREFIX sedoff: <%s>
            """.formatted(Vocab.RDF, Vocab.RDFS, Vocab.OWL, Vocab.SCHEMA, Vocab.SEDOFF);

    // The five top classes every entity has (README, "The graph").
    private static final String NODES = PREFIXES + """
            SELECT ?e ?label ?top ?count ?wd WHERE {
              ?e sedoff:mentionCount ?count .
              OPTIONAL { ?e rdfs:label ?label }
              OPTIONAL {
                VALUES ?top { schema:Person schema:Place schema:Organization schema:CreativeWork schema:Event }
                ?e a ?top
              }
              OPTIONAL { ?e owl:sameAs ?wd FILTER STRSTARTS(STR(?wd), "%s") }
            } ORDER BY STR(?e) STR(?top) STR(?wd)
            """.formatted(Vocab.WIKIDATA);

    // Grouped so that one fact is one edge even if its statement node carries two quotes or dates.
    private static final String RELATIONS = PREFIXES + """
            SELECT ?f ?s ?p ?o (MIN(?st) AS ?start) (MIN(?en) AS ?end) (MIN(?q) AS ?quote) WHERE {
              ?f a sedoff:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              FILTER EXISTS { ?s sedoff:mentionCount ?sc }
              FILTER EXISTS { ?o sedoff:mentionCount ?oc }
              OPTIONAL { ?f schema:startDate ?st }
              OPTIONAL { ?f schema:endDate ?en }
              OPTIONAL { ?f sedoff:quote ?q }
            } GROUP BY ?f ?s ?p ?o ORDER BY STR(?f) STR(?p) STR(?s) STR(?o)
            """;

    private static final String CO_MENTIONS = PREFIXES + """
            SELECT ?c ?a ?b (MAX(?w) AS ?weight) WHERE {
              ?c a sedoff:CoMention ; sedoff:entity ?a, ?b ; sedoff:weight ?w .
              FILTER (STR(?a) < STR(?b))
            } GROUP BY ?c ?a ?b ORDER BY STR(?c)
            """;

    private NetworkReader() {
    }

    public static NetworkGraph read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, NetworkGraph.Node> nodes = new LinkedHashMap<>();
            select(dsg, NODES, b -> {
                String iri = b.get("e").getURI();
                String slug = lastSegment(iri);
                String label = b.contains("label") ? b.get("label").getLiteralLexicalForm() : slug;
                String type = b.contains("top") ? localName(b.get("top").getURI()) : "";
                String wikidata = b.contains("wd") ? lastSegment(b.get("wd").getURI()) : "";
                int count = Integer.parseInt(b.get("count").getLiteralLexicalForm());
                // an entity with two labels or two Wikidata links still makes one node: the first wins
                nodes.putIfAbsent(iri, new NetworkGraph.Node(slug, iri, label, type, count, wikidata));
            });
            List<NetworkGraph.Edge> edges = new ArrayList<>();
            select(dsg, RELATIONS, b -> {
                String predicate = b.get("p").getURI();
                edges.add(new NetworkGraph.Edge(lastSegment(b.get("f").getURI()),
                        nodes.get(b.get("s").getURI()).id(), nodes.get(b.get("o").getURI()).id(),
                        NetworkGraph.Edge.RELATION, localName(predicate), predicate, 1,
                        lexical(b, "start"), lexical(b, "end"), lexical(b, "quote")));
            });
            select(dsg, CO_MENTIONS, b -> {
                NetworkGraph.Node a = nodes.get(b.get("a").getURI());
                NetworkGraph.Node c = nodes.get(b.get("b").getURI());
                if (a != null && c != null) {
                    edges.add(new NetworkGraph.Edge(lastSegment(b.get("c").getURI()), a.id(), c.id(),
                            NetworkGraph.Edge.CO_MENTION, "co-mentioned", Vocab.CO_MENTIONED_WITH.getURI(),
                            Integer.parseInt(b.get("weight").getLiteralLexicalForm()), "", "", ""));
                }
            });
            return new NetworkGraph(List.copyOf(nodes.values()), edges);
        });
    }

    private static void select(DatasetGraph dsg, String query, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            qe.select().forEachRemaining(row);
        }
    }

    private static String lexical(Binding b, String var) {
        return b.contains(var) ? b.get(var).getLiteralLexicalForm() : "";
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
