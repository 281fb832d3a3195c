package kg.sedoff.graph;

import java.util.Optional;
import kg.sedoff.catalog.Entity;
import kg.sedoff.catalog.HistoricalDate;
import kg.sedoff.catalog.Predicate;
import kg.sedoff.catalog.Relation;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.Span;
import kg.sedoff.corpus.TextUnit;
import kg.sedoff.link.AnnotatedDocument;
import kg.sedoff.link.Mention;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Turns records into quads and sends them to a {@link StreamRDF}; it does not know where they go
 * (a TDB2 loader, a file, a remote store). Graph layout: the catalog (entities and facts), one
 * graph per document (NIF context, paragraphs, sentences, mentions, evidence), co-mentions, and
 * the ontology.
 *
 * <p>Evidence uses classic RDF reification: the fact is asserted as a plain triple, and an
 * rdf:Statement node (also a sedoff:Fact) names the same triple and carries its evidence and dates.
 * Unlike RDF 1.2 triple terms this survives every export format, JSON-LD included; unlike one named
 * graph per fact it keeps the plain triples in one graph, so ordinary SPARQL needs no GRAPH clause.
 */
public final class GraphWriter {
    private final Iris iris;
    private final StreamRDF out;
    private long quads;

    public GraphWriter(Iris iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    public long quadCount() {
        return quads;
    }

    public void prefixes() {
        out.prefix("rdf", Vocab.RDF);
        out.prefix("rdfs", Vocab.RDFS);
        out.prefix("owl", Vocab.OWL);
        out.prefix("xsd", Vocab.XSD);
        out.prefix("skos", Vocab.SKOS);
        out.prefix("schema", Vocab.SCHEMA);
        out.prefix("nif", Vocab.NIF);
        out.prefix("itsrdf", Vocab.ITSRDF);
        out.prefix("dcterms", Vocab.DCTERMS);
        out.prefix("sedoff", Vocab.SEDOFF);
        out.prefix("wd", Vocab.WIKIDATA);
        out.prefix("id", iris.base() + "id/");
    }

    /** Sends triples to a named graph, e.g. the ontology parsed from Turtle. */
    public void triple(Node graph, Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
        quads++;
    }

    public void entity(Entity e) {
        Node g = iris.catalogGraph();
        Node s = iris.entity(e.id());
        triple(g, s, Vocab.TYPE, Vocab.uri(Vocab.SCHEMA + e.type().name()));
        if (!e.type().name().equals(e.type().top())) {
            triple(g, s, Vocab.TYPE, Vocab.uri(Vocab.SCHEMA + e.type().top()));
        }
        triple(g, s, Vocab.LABEL, str(e.label()));
        triple(g, s, Vocab.SCHEMA_NAME, str(e.label()));
        for (String alias : e.aliases()) {
            if (!alias.equals(e.label())) {
                triple(g, s, Vocab.ALT_LABEL, str(alias));
            }
        }
        if (!e.description().isEmpty()) {
            triple(g, s, Vocab.SCHEMA_DESCRIPTION, str(e.description()));
        }
        date(g, s, Vocab.SCHEMA_BIRTH_DATE, e.birth());
        date(g, s, Vocab.SCHEMA_DEATH_DATE, e.death());
        date(g, s, Vocab.SCHEMA_START_DATE, e.start());
        date(g, s, Vocab.SCHEMA_END_DATE, e.end());
        if (!e.wikidata().isEmpty()) {
            triple(g, s, Vocab.SAME_AS, Vocab.uri(Vocab.WIKIDATA + e.wikidata()));
        }
    }

    public void mentionCount(String entityId, int count) {
        triple(iris.catalogGraph(), iris.entity(entityId), Vocab.MENTION_COUNT, integer(count));
    }

    /**
     * A fact: the plain triple (and the schema.org super-property's triple for own terms), plus a
     * statement node with dates and, when found, its evidence.
     */
    public void fact(Relation r, Optional<EvidenceLocation> evidence) {
        Node g = iris.catalogGraph();
        Node s = iris.entity(r.subject());
        Node p = predicate(r.predicate());
        Node o = r.hasObjectEntity() ? iris.entity(r.object()) : literal(r.predicate(), r.value());
        triple(g, s, p, o);
        r.predicate().schemaSuper().ifPresent(sup -> triple(g, s, predicate(sup), o));
        Node f = iris.fact(factKey(r));
        triple(g, f, Vocab.TYPE, Vocab.RDF_STATEMENT);
        triple(g, f, Vocab.TYPE, Vocab.FACT);
        triple(g, f, Vocab.RDF_SUBJECT, s);
        triple(g, f, Vocab.RDF_PREDICATE, p);
        triple(g, f, Vocab.RDF_OBJECT, o);
        date(g, f, Vocab.SCHEMA_START_DATE, r.start());
        date(g, f, Vocab.SCHEMA_END_DATE, r.end());
        triple(g, f, Vocab.QUOTE, str(r.evidence()));
        triple(g, f, Vocab.SOURCE_ROW, str(r.source().file().getFileName() + ":" + r.source().line()));
        evidence.ifPresent(ev -> triple(g, f, Vocab.HAS_EVIDENCE, iris.evidence(ev.documentId(), ev.span())));
    }

    /** Where a fact's quote was found, for linking the fact to the document graph. */
    public record EvidenceLocation(String documentId, Span span) {
    }

    /** The document graph: context, paragraphs, sentences, mentions, and evidence found in it. */
    public void document(AnnotatedDocument ad, Iterable<EvidenceLocation> evidenceHere) {
        Document d = ad.document();
        Node g = iris.documentGraph(d.id());
        Node ctx = iris.document(d.id());
        String raw = d.raw();
        triple(g, ctx, Vocab.TYPE, Vocab.NIF_CONTEXT);
        triple(g, ctx, Vocab.TYPE, Vocab.NIF_OFFSET_STRING);
        triple(g, ctx, Vocab.TYPE, Vocab.DOCUMENT);
        triple(g, ctx, Vocab.NIF_IS_STRING, str(raw));
        offsets(g, ctx, new Span(0, raw.length()));
        triple(g, ctx, Vocab.NORMALIZED_STRING, str(ad.normalized().text()));
        if (!d.title().isEmpty()) {
            triple(g, ctx, Vocab.DC_TITLE, str(d.title()));
            triple(g, ctx, Vocab.LABEL, str(d.title()));
        }
        if (!d.author().isEmpty()) {
            triple(g, ctx, Vocab.DC_CREATOR, str(d.author()));
        }
        if (!d.date().isEmpty()) {
            Node date = HistoricalDate.parse(d.date()).map(hd -> dateLiteral(hd)).orElse(str(d.date()));
            triple(g, ctx, Vocab.DC_DATE, date);
        }
        triple(g, ctx, Vocab.DC_LANGUAGE, str(d.language()));
        for (TextUnit p : ad.paragraphs()) {
            Node n = iris.paragraph(d.id(), p.span());
            triple(g, n, Vocab.TYPE, Vocab.NIF_PARAGRAPH);
            triple(g, n, Vocab.TYPE, Vocab.NIF_OFFSET_STRING);
            offsets(g, n, p.span());
            triple(g, n, Vocab.NIF_REFERENCE_CONTEXT, ctx);
        }
        Node previous = null;
        for (TextUnit sentence : ad.sentences()) {
            Node n = iris.sentence(d.id(), sentence.span());
            triple(g, n, Vocab.TYPE, Vocab.NIF_SENTENCE);
            triple(g, n, Vocab.TYPE, Vocab.NIF_OFFSET_STRING);
            offsets(g, n, sentence.span());
            triple(g, n, Vocab.NIF_ANCHOR_OF, str(sentence.span().of(raw)));
            triple(g, n, Vocab.NORMALIZED_TEXT, str(sentence.text()));
            triple(g, n, Vocab.NIF_REFERENCE_CONTEXT, ctx);
            ad.paragraphAt(sentence.span()).ifPresent(p ->
                    triple(g, n, Vocab.NIF_SUPER_STRING, iris.paragraph(d.id(), p.span())));
            if (previous != null) {
                triple(g, previous, Vocab.NIF_NEXT_SENTENCE, n);
            }
            previous = n;
        }
        for (Mention m : ad.mentions()) {
            Node n = iris.mention(d.id(), m.span());
            triple(g, n, Vocab.TYPE, Vocab.NIF_PHRASE);
            triple(g, n, Vocab.TYPE, Vocab.NIF_OFFSET_STRING);
            offsets(g, n, m.span());
            triple(g, n, Vocab.NIF_ANCHOR_OF, str(m.anchor()));
            triple(g, n, Vocab.NIF_REFERENCE_CONTEXT, ctx);
            ad.sentenceAt(m.span()).ifPresent(s -> triple(g, n, Vocab.NIF_SENTENCE_PROP, iris.sentence(d.id(), s.span())));
            triple(g, n, Vocab.TA_IDENT_REF, iris.entity(m.entityId()));
            triple(g, n, Vocab.MATCH_METHOD, str(m.method().slug()));
            triple(g, n, Vocab.MATCHED_ALIAS, str(m.alias()));
            if (m.description()) {
                triple(g, n, Vocab.IS_DESCRIPTION, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
        for (EvidenceLocation ev : evidenceHere) {
            Node n = iris.evidence(d.id(), ev.span());
            triple(g, n, Vocab.TYPE, Vocab.EVIDENCE);
            triple(g, n, Vocab.TYPE, Vocab.NIF_OFFSET_STRING);
            offsets(g, n, ev.span());
            triple(g, n, Vocab.NIF_ANCHOR_OF, str(ev.span().of(raw)));
            triple(g, n, Vocab.NIF_REFERENCE_CONTEXT, ctx);
            ad.sentenceAt(ev.span()).ifPresent(s -> triple(g, n, Vocab.NIF_SENTENCE_PROP, iris.sentence(d.id(), s.span())));
        }
    }

    /** Entities named in the same sentence, with the number of such sentences. */
    public void coMention(String a, String b, int weight) {
        Node g = iris.coMentionGraph();
        Node n = iris.coMention(a, b);
        Node ea = iris.entity(a);
        Node eb = iris.entity(b);
        triple(g, n, Vocab.TYPE, Vocab.CO_MENTION);
        triple(g, n, Vocab.CO_MENTION_ENTITY, ea);
        triple(g, n, Vocab.CO_MENTION_ENTITY, eb);
        triple(g, n, Vocab.WEIGHT, integer(weight));
        triple(g, ea, Vocab.CO_MENTIONED_WITH, eb);
        triple(g, eb, Vocab.CO_MENTIONED_WITH, ea);
    }

    /** Stable key for a fact's IRI: subject, predicate, object or value, and start when given. */
    public static String factKey(Relation r) {
        String obj = r.hasObjectEntity() ? r.object() : slug(r.value());
        String key = r.subject() + "." + r.predicate().localName() + "." + obj;
        return r.start().isEmpty() ? key : key + "." + r.start();
    }

    private static String slug(String s) {
        String slug = s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(s.hashCode()) : slug;
    }

    private static Node predicate(Predicate p) {
        String ns = p.prefix().equals("schema") ? Vocab.SCHEMA : Vocab.SEDOFF;
        return Vocab.uri(ns + p.localName());
    }

    private static Node literal(Predicate p, String value) {
        if (p.isDate()) {
            return HistoricalDate.parse(value).map(GraphWriter::dateLiteral).orElse(str(value));
        }
        return str(value);
    }

    private void date(Node g, Node s, Node p, String value) {
        if (value != null && !value.isEmpty()) {
            HistoricalDate.parse(value).ifPresent(d -> triple(g, s, p, dateLiteral(d)));
        }
    }

    static Node dateLiteral(HistoricalDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.lexical(), type);
    }

    private void offsets(Node g, Node s, Span span) {
        triple(g, s, Vocab.NIF_BEGIN, nonNegative(span.begin()));
        triple(g, s, Vocab.NIF_END, nonNegative(span.end()));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node nonNegative(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
