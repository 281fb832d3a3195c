package kg.sedoff.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Every vocabulary term the graph uses, in one place. */
public final class Vocab {
    private Vocab() {
    }

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SEDOFF = "https://w3id.org/sedoff-kg/ns#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static final Node TYPE = uri(RDF + "type");
    public static final Node RDF_STATEMENT = uri(RDF + "Statement");
    public static final Node RDF_SUBJECT = uri(RDF + "subject");
    public static final Node RDF_PREDICATE = uri(RDF + "predicate");
    public static final Node RDF_OBJECT = uri(RDF + "object");
    public static final Node LABEL = uri(RDFS + "label");
    public static final Node COMMENT = uri(RDFS + "comment");
    public static final Node SAME_AS = uri(OWL + "sameAs");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");

    public static final Node SCHEMA_DESCRIPTION = uri(SCHEMA + "description");
    public static final Node SCHEMA_NAME = uri(SCHEMA + "name");
    public static final Node SCHEMA_BIRTH_DATE = uri(SCHEMA + "birthDate");
    public static final Node SCHEMA_DEATH_DATE = uri(SCHEMA + "deathDate");
    public static final Node SCHEMA_START_DATE = uri(SCHEMA + "startDate");
    public static final Node SCHEMA_END_DATE = uri(SCHEMA + "endDate");

    public static final Node NIF_CONTEXT = uri(NIF + "Context");
    public static final Node NIF_OFFSET_STRING = uri(NIF + "OffsetBasedString");
    public static final Node NIF_PARAGRAPH = uri(NIF + "Paragraph");
    public static final Node NIF_SENTENCE = uri(NIF + "Sentence");
    public static final Node NIF_PHRASE = uri(NIF + "Phrase");
    public static final Node NIF_IS_STRING = uri(NIF + "isString");
    public static final Node NIF_BEGIN = uri(NIF + "beginIndex");
    public static final Node NIF_END = uri(NIF + "endIndex");
    public static final Node NIF_ANCHOR_OF = uri(NIF + "anchorOf");
    public static final Node NIF_REFERENCE_CONTEXT = uri(NIF + "referenceContext");
    public static final Node NIF_SENTENCE_PROP = uri(NIF + "sentence");
    public static final Node NIF_SUPER_STRING = uri(NIF + "superString");
    public static final Node NIF_NEXT_SENTENCE = uri(NIF + "nextSentence");
    public static final Node TA_IDENT_REF = uri(ITSRDF + "taIdentRef");

    public static final Node DC_TITLE = uri(DCTERMS + "title");
    public static final Node DC_CREATOR = uri(DCTERMS + "creator");
    public static final Node DC_DATE = uri(DCTERMS + "date");
    public static final Node DC_LANGUAGE = uri(DCTERMS + "language");
    public static final Node DC_SOURCE = uri(DCTERMS + "source");

    public static final Node DOCUMENT = uri(SEDOFF + "Document");
    public static final Node FACT = uri(SEDOFF + "Fact");
    public static final Node EVIDENCE = uri(SEDOFF + "Evidence");
    public static final Node CO_MENTION = uri(SEDOFF + "CoMention");
    public static final Node NORMALIZED_STRING = uri(SEDOFF + "normalizedString");
    public static final Node NORMALIZED_TEXT = uri(SEDOFF + "normalizedText");
    public static final Node MATCH_METHOD = uri(SEDOFF + "matchMethod");
    public static final Node MATCHED_ALIAS = uri(SEDOFF + "matchedAlias");
    public static final Node IS_DESCRIPTION = uri(SEDOFF + "isDescription");
    public static final Node HAS_EVIDENCE = uri(SEDOFF + "evidence");
    public static final Node QUOTE = uri(SEDOFF + "quote");
    public static final Node SOURCE_ROW = uri(SEDOFF + "sourceRow");
    public static final Node MENTION_COUNT = uri(SEDOFF + "mentionCount");
    public static final Node CO_MENTIONED_WITH = uri(SEDOFF + "coMentionedWith");
    public static final Node CO_MENTION_ENTITY = uri(SEDOFF + "entity");
    public static final Node WEIGHT = uri(SEDOFF + "weight");
}
