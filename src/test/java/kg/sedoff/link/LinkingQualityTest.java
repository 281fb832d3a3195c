package kg.sedoff.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.sedoff.TestStore;
import kg.sedoff.corpus.Document;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.graph.Inputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linking measured against a hand-checked gold annotation of the pamphlet's first third and its
 * glossary (src/test/resources/gold/leon-sedoff-gold.tsv; its header says how it was made and
 * checked). Precision and recall must both stay at or above 0.97.
 */
class LinkingQualityTest {
    static final Path GOLD = Path.of("src/test/resources/gold/leon-sedoff-gold.tsv");
    static Inputs inputs;
    static Document pamphlet;
    static List<Mention> mentions;

    @BeforeAll
    static void link() {
        inputs = Inputs.read(TestStore.dataDir(), TestStore.ontologyDir());
        pamphlet = inputs.documents().stream().filter(d -> d.id().equals("leon-sedoff-son-friend-fighter")).findFirst().orElseThrow();
        Annotator annotator = Annotator.forCatalog(inputs.catalog());
        mentions = annotator.annotate(pamphlet).mentions();
    }

    @Test
    void goldAnchorsAreTheRawText() throws IOException {
        for (String line : Files.readAllLines(GOLD)) {
            if (line.startsWith("#") || line.startsWith("begin\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 4);
            String anchor = f[3].replace("\\n", "\n");
            assertEquals(anchor, pamphlet.raw().substring(Integer.parseInt(f[0]), Integer.parseInt(f[1])), line);
            assertTrue(inputs.catalog().entity(f[2]).isPresent(), "unknown id in gold: " + line);
        }
    }

    @Test
    void precisionAndRecallAreAtLeast97Percent() throws IOException {
        GoldStandard gold = GoldStandard.read(GOLD);
        assertTrue(gold.mentions().size() >= 200, "gold has " + gold.mentions().size());
        GoldStandard.Score score = gold.score(mentions);
        String detail = score + "\nfalse positives: " + describe(score.falsePositives())
                + "\nfalse negatives: " + describe(score.falseNegatives());
        assertTrue(score.precision() >= 0.97, detail);
        assertTrue(score.recall() >= 0.97, detail);
    }

    @Test
    void damagedNamesLinkToTheRightEntities() {
        assertLinked("Bhrcelona", "barcelona");
        assertLinked("F\"runze", "bishkek");
        assertLinked("Pravdu", "pravda");
        assertLinked("Cornintern", "criticism-of-the-draft-program"); // inside the title, longest match
        assertLinked("Keremky", "provisional-government"); // "the Keremky government"
        assertLinked("MiIiukov", "pavel-milyukov");
        assertLinked("RE1SSc", "ignace-reiss");
    }

    /** The catalog's ambiguity rules, on sentences a new document might contain. */
    @Test
    void ambiguityIsDecidedByTheCatalogNotByAccident() {
        Linker linker = new Linker(new AliasDictionary(inputs.catalog().entities()));
        OcrNormalizer normalizer = new OcrNormalizer(inputs.catalog().corrections());
        java.util.function.Function<String, List<String>> link = text -> linker.link("t", text, normalizer.normalize(text))
                .stream().map(m -> m.anchor() + "=" + m.entityId()).toList();
        // a surname two people share is an alias of neither, so it is never linked by chance
        assertEquals(List.of(), link.apply("Liebknecht said so."));
        assertEquals(List.of("Karl Liebknecht=karl-liebknecht", "Wilhelm Liebknecht=wilhelm-liebknecht"),
                link.apply("Karl Liebknecht, son of Wilhelm Liebknecht."));
        // the G.P.U.'s "Old Man" is Trotsky; "old men" of the Opposition are not
        assertEquals(List.of("Old Man=leon-trotsky"), link.apply("The Old Man wouldn't find it so easy."));
        assertEquals(List.of(), link.apply("some of the old men of the party"));
        // the trials are not the city
        assertEquals(List.of("Moscow trials=moscow-trials", "Moscow=moscow"),
                link.apply("In the Moscow trials his name figured. Moscow was seeking him."));
    }

    private void assertLinked(String damaged, String entityId) {
        assertTrue(mentions.stream().anyMatch(m -> m.anchor().contains(damaged) && m.entityId().equals(entityId)),
                damaged + " should link to " + entityId + "; found " + mentions.stream()
                        .filter(m -> m.anchor().contains(damaged)).map(m -> m.entityId() + ":" + m.anchor()).toList());
    }

    private String describe(List<GoldStandard.Key> keys) {
        return keys.stream().map(k -> k.begin() + "-" + k.end() + " " + k.entityId() + " \""
                + pamphlet.raw().substring(k.begin(), k.end()).replace("\n", "\\n") + "\"").toList().toString();
    }
}
