package kg.sedoff.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.sedoff.catalog.Catalog;
import kg.sedoff.catalog.CatalogReader;
import kg.sedoff.catalog.Relation;
import kg.sedoff.catalog.RolePhrase;
import kg.sedoff.corpus.Corpus;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.OcrCorrection;
import kg.sedoff.input.InputError;
import kg.sedoff.input.Problems;
import kg.sedoff.link.EvidenceFinder;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Everything a build reads, checked together: documents, catalog, OCR corrections, ontology and
 * shapes, and every evidence quote located in the text. Construction throws
 * {@link kg.sedoff.input.InputException} listing every problem found.
 */
public record Inputs(List<Document> documents, Catalog catalog, Graph ontology, Graph shapes,
                     Map<Relation, GraphWriter.EvidenceLocation> evidence) {

    public static final String ONTOLOGY_FILE = "sedoff.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    /**
     * @param ontologyDir a directory holding sedoff.ttl and shapes.ttl; null to use the copies
     *                    bundled with the program
     */
    public static Inputs read(Path dataDir, Path ontologyDir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dataDir)) {
            problems.add(InputError.ofFile(dataDir, "is not a directory; --data must name the folder holding documents.csv"));
            problems.throwIfAny();
        }
        List<Document> documents = Corpus.read(dataDir, problems);
        Catalog catalog = CatalogReader.read(dataDir, problems);
        checkCorrections(catalog.corrections(), documents, problems);
        checkRolePhrases(catalog, documents, problems);
        Map<Relation, GraphWriter.EvidenceLocation> evidence = locateEvidence(catalog.relations(), documents, problems);
        Graph ontology = turtle(ontologyDir, ONTOLOGY_FILE, problems);
        Graph shapes = turtle(ontologyDir, SHAPES_FILE, problems);
        problems.throwIfAny();
        return new Inputs(documents, catalog, ontology, shapes, evidence);
    }

    /** Every correction's raw form (or its context) occurs in some document; one pass over the texts. */
    private static void checkCorrections(List<OcrCorrection> corrections, List<Document> documents, Problems problems) {
        if (documents.isEmpty()) {
            return;
        }
        List<OcrCorrection> unseen = new ArrayList<>(corrections);
        for (Iterator<Document> docs = documents.iterator(); docs.hasNext() && !unseen.isEmpty(); ) {
            String raw = docs.next().raw();
            unseen.removeIf(c -> raw.contains(needle(c)));
        }
        for (OcrCorrection c : unseen) {
            problems.add(c.source().error("the OCR form '" + needle(c)
                    + "' does not occur in any document (it must be copied literally from the scan)"));
        }
    }

    private static String needle(OcrCorrection c) {
        return c.context().isEmpty() ? c.raw() : c.context();
    }

    /** A role phrase names a document of the corpus, and appears in it. */
    private static void checkRolePhrases(Catalog catalog, List<Document> documents, Problems problems) {
        Map<String, List<RolePhrase>> byDocument = new LinkedHashMap<>();
        catalog.rolePhrases().forEach(p -> byDocument.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p));
        for (Document d : documents) {
            List<RolePhrase> phrases = byDocument.remove(d.id());
            if (phrases == null) {
                continue;
            }
            String text = d.raw().replaceAll("\\s+", " ").toLowerCase();
            for (RolePhrase p : phrases) {
                if (!text.contains(p.phrase().toLowerCase())) {
                    problems.add(p.source().error("the phrase '" + p.phrase() + "' does not occur in " + p.documentId()));
                }
            }
        }
        byDocument.values().forEach(phrases -> phrases.forEach(p ->
                problems.add(p.source().error("unknown document '" + p.documentId() + "': no such id in documents.csv"))));
    }

    private static Map<Relation, GraphWriter.EvidenceLocation> locateEvidence(List<Relation> relations,
                                                                            List<Document> documents,
                                                                            Problems problems) {
        Map<Relation, GraphWriter.EvidenceLocation> located = new LinkedHashMap<>();
        if (relations.isEmpty() || documents.isEmpty()) {
            return located;
        }
        Map<String, EvidenceFinder.Result> found = new EvidenceFinder(documents)
                .findAll(relations.stream().map(Relation::evidence).toList());
        for (Relation r : relations) {
            EvidenceFinder.Result result = found.get(r.evidence());
            if (result.occurrences() == 0) {
                problems.add(r.source().error("evidence quote not found in the text: \"" + abbreviate(r.evidence())
                        + "\" (copy it from the document; line breaks, hyphens and spacing may differ)"));
            } else if (!result.unique()) {
                problems.add(r.source().error("evidence quote occurs " + result.occurrences()
                        + " times in its document: \"" + abbreviate(r.evidence()) + "\"; quote more words to make it unique"));
            } else {
                located.put(r, new GraphWriter.EvidenceLocation(result.found().documentId(), result.found().span()));
            }
        }
        return located;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static Graph turtle(Path dir, String name, Problems problems) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            if (dir != null) {
                Path file = dir.resolve(name);
                if (!Files.exists(file)) {
                    problems.add(InputError.ofFile(file, "is missing"));
                    return g;
                }
                RDFParser.source(file).lang(Lang.TURTLE).parse(g);
            } else {
                try (InputStream in = Inputs.class.getResourceAsStream("/ontology/" + name)) {
                    if (in == null) {
                        problems.add(InputError.ofFile(Path.of(name), "is not bundled with this program; pass --ontology"));
                        return g;
                    }
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                }
            }
        } catch (RiotException e) {
            problems.add(InputError.ofFile(dir == null ? Path.of(name) : dir.resolve(name), "is not valid Turtle: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(InputError.ofFile(Path.of(name), "cannot be read: " + e.getMessage()));
        }
        return g;
    }

    /** The ontology directory to use for a data directory: {data}/../ontology if present, else bundled. */
    public static Path defaultOntologyDir(Path dataDir) {
        Path beside = dataDir.toAbsolutePath().normalize().resolveSibling("ontology");
        return Files.isDirectory(beside) ? beside : null;
    }
}
