package kg.sedoff.server;

import java.util.List;
import kg.sedoff.export.Dump;
import kg.sedoff.graph.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * What the dataset is, for machines: a VoID description (counts, example resources, the SPARQL
 * endpoint, the dumps) and a SPARQL 1.1 service description of the endpoint.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Node TYPE = Vocab.TYPE;

    private DatasetDescription() {
    }

    /** @param server the URL this server answers at, e.g. http://127.0.0.1:3030/ */
    static Graph voidGraph(DatasetGraph dsg, String base, String server) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcterms", Vocab.DCTERMS)
                .setNsPrefix("rdfs", Vocab.RDFS).setNsPrefix("xsd", Vocab.XSD);
        Node ds = NodeFactory.createURI(server + ".well-known/void#sedoff-kg");
        g.add(ds, TYPE, uri(VOID + "Dataset"));
        g.add(ds, uri(Vocab.DCTERMS + "title"), NodeFactory.createLiteralString("sedoff-kg: Leon Sedoff: Son, Friend, Fighter as a knowledge graph"));
        g.add(ds, uri(Vocab.DCTERMS + "description"), NodeFactory.createLiteralString(
                "People, places, organisations, works and events named in a scanned historical text, with exact "
                        + "character spans (NIF 2.0) and the evidence for every relation."));
        g.add(ds, uri(VOID + "sparqlEndpoint"), uri(server + "sedoff/sparql"));
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(base));
        g.add(ds, uri(VOID + "exampleResource"), uri(base + "id/leon-sedov"));
        g.add(ds, uri(VOID + "exampleResource"), uri(base + "id/ignace-reiss"));
        for (Dump d : Dump.all()) {
            g.add(ds, uri(VOID + "dataDump"), uri(server + "dumps/" + d.fileName()));
        }
        for (String v : List.of("http://schema.org/", Vocab.NIF, Vocab.ITSRDF, Vocab.SKOS, Vocab.SEDOFF)) {
            g.add(ds, uri(VOID + "vocabulary"), uri(v));
        }
        Txn.executeRead(dsg, () -> {
            g.add(ds, uri(VOID + "triples"), integer(count(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
            g.add(ds, uri(VOID + "entities"), integer(count(dsg,
                    "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e <" + Vocab.SEDOFF + "mentionCount> ?c }")));
            g.add(ds, uri(VOID + "distinctSubjects"), integer(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
            g.add(ds, uri(VOID + "properties"), integer(count(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }")));
            g.add(ds, uri(VOID + "classes"), integer(count(dsg, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }")));
        });
        return g;
    }

    static Graph serviceDescription(String endpoint, String server) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VOID);
        Node svc = NodeFactory.createURI(endpoint + "#service");
        g.add(svc, TYPE, uri(SD + "Service"));
        g.add(svc, uri(SD + "endpoint"), uri(endpoint));
        g.add(svc, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        for (String f : List.of("http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD")) {
            g.add(svc, uri(SD + "resultFormat"), uri(f));
        }
        g.add(svc, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        Node dataset = NodeFactory.createBlankNode();
        g.add(svc, uri(SD + "defaultDataset"), dataset);
        g.add(dataset, TYPE, uri(SD + "Dataset"));
        g.add(dataset, uri(VOID + "inDataset"), uri(server + ".well-known/void#sedoff-kg"));
        return g;
    }

    private static long count(DatasetGraph dsg, String query) {
        return Long.parseLong(QueryExec.dataset(dsg).query(query).select().next().get("n").getLiteralLexicalForm());
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
