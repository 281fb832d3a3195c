package kg.sedoff.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kg.sedoff.TestStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Facts a historian would look up, one or more per relation family, answered from the graph with
 * plain schema.org triples, each backed by a fact statement whose evidence lies in a sentence.
 */
class RelationFamiliesTest {
    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX sedoff: <https://w3id.org/sedoff-kg/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX id: <http://localhost:3030/id/>
            """;

    static boolean ask(String pattern) {
        DatasetGraph dsg = TestStore.dataset();
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES + "ASK { " + pattern + " }").ask());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            family: parent                 | id:leon-sedov schema:parent id:leon-trotsky
            family: mother                 | id:leon-sedov schema:parent id:natalia-sedova
            family: brother                | { id:leon-sedov schema:sibling id:sergei-sedov } UNION { id:sergei-sedov schema:sibling id:leon-sedov }
            family: sister                 | { id:leon-sedov schema:sibling id:zinaida-volkova } UNION { id:zinaida-volkova schema:sibling id:leon-sedov }
            death date                     | id:leon-sedov schema:deathDate "1938-02-16"^^xsd:date
            birth date                     | id:leon-sedov schema:birthDate "1906-02"^^xsd:gYearMonth
            death place                    | id:leon-sedov schema:deathPlace id:paris
            membership                     | id:ignace-reiss schema:memberOf id:gpu
            editorship                     | id:bulletin-of-the-russian-opposition schema:editor id:leon-sedov
            authorship                     | id:red-book-on-the-moscow-trial schema:author id:leon-sedov
            education                      | id:leon-sedov schema:alumniOf id:sorbonne
            residence                      | id:leon-sedov schema:homeLocation id:berlin
            place in place                 | ?p schema:containedInPlace ?q
            trial defendant (own term)     | id:trial-of-the-sixteen sedoff:defendant id:grigory-zinoviev
            defendant is also participant  | id:trial-of-the-sixteen schema:participant id:grigory-zinoviev
            trial date                     | id:trial-of-the-sixteen schema:startDate "1936-08"^^xsd:gYearMonth
            what a work is about           | id:red-book-on-the-moscow-trial schema:about id:trial-of-the-sixteen
            part of                        | id:trial-of-the-sixteen schema:isPartOf id:moscow-trials
            published in                   | id:red-book-on-the-moscow-trial schema:inLanguage "French"
            pseudonym                      | id:leon-sedov sedoff:pseudonym "N. Markin"
            nickname                       | id:leon-sedov sedoff:nickname "synok"
            what became of Reiss           | id:ignace-reiss schema:deathDate "1937-09-04"^^xsd:date ; schema:deathPlace id:lausanne
            wikidata link                  | id:leon-sedov owl:sameAs <http://www.wikidata.org/entity/Q543149>
            """)
    void theGraphStatesIt(String family, String pattern) {
        assertTrue(ask(pattern), family + ": " + pattern);
    }

    @Test
    void qualifiedResidenceKeepsItsDates() {
        assertTrue(ask("""
                ?f rdf:subject id:leon-sedov ; rdf:predicate schema:homeLocation ; rdf:object id:berlin ;
                   schema:startDate "1931"^^xsd:gYear ; schema:endDate "1933"^^xsd:gYear ."""));
    }

    @Test
    void everyFactHasEvidenceInsideASentenceOfTheText() {
        DatasetGraph dsg = TestStore.dataset();
        long facts = Long.parseLong(Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES
                + "SELECT (COUNT(?f) AS ?n) { ?f a sedoff:Fact }").select().next().get("n").getLiteralLexicalForm()));
        long located = Long.parseLong(Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES + """
                SELECT (COUNT(DISTINCT ?f) AS ?n) {
                  ?f a sedoff:Fact ; sedoff:evidence ?ev .
                  ?ev nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ; nif:sentence ?s ; nif:referenceContext ?c .
                  ?s nif:beginIndex ?sb ; nif:endIndex ?se .
                  ?c nif:isString ?text .
                  FILTER(?sb <= ?b && ?b < ?se && SUBSTR(?text, ?b + 1, ?e - ?b) = ?a)
                }""").select().next().get("n").getLiteralLexicalForm()));
        assertEquals(TestStore.stats().relations(), facts);
        assertEquals(facts, located);
    }

    @Test
    void everyMentionLiesInASentenceAndCoMentionsHaveWeights() {
        assertTrue(!ask("?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e FILTER NOT EXISTS { ?m nif:sentence ?s }"),
                "a mention without a sentence");
        assertTrue(ask("?c a sedoff:CoMention ; sedoff:entity id:leon-sedov, id:leon-trotsky ; sedoff:weight ?w FILTER(?w >= 2)"));
        assertTrue(ask("id:leon-sedov sedoff:coMentionedWith id:paris"));
    }
}
