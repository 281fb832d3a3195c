package kg.sedoff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import kg.sedoff.TestStore;
import kg.sedoff.graph.Inputs;
import kg.sedoff.input.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A curator's mistakes come back as exact, actionable errors: file:line and what to do. */
class InputValidationTest {
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void copyFixture() throws IOException {
        data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
    }

    private InputException fails() {
        return assertThrows(InputException.class, () -> Inputs.read(data, null));
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(data.resolve(file), line + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void theFixtureItselfIsValid() {
        Inputs in = Inputs.read(data, null);
        assertEquals(5, in.catalog().entities().size());
        assertEquals(3, in.evidence().size(), "every quote located, including one across a line-break hyphen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate id            | entities.csv  | paris,City,Paris again,,,,,,,                                      | entities.csv:7: duplicate entity id 'paris'
            unknown type            | entities.csv  | lyon,Town,Lyon,,,,,,,                                              | entities.csv:7: unknown type 'Town'
            impossible date         | entities.csv  | zina,Person,Zinaida Volkova,Zina,,1901-02-30,,,,                   | entities.csv:7: impossible or malformed birth date '1901-02-30'
            alias claimed twice     | entities.csv  | sedov-family,Organization,Sedov family,Sedoff,,,,,,                | entities.csv:7: the name 'Sedoff' is claimed by both 'leon-sedov'
            empty required field    | entities.csv  | ,Person,Nobody,,,,,,,                                              | entities.csv:7: the column 'id' is empty
            bad wikidata id         | entities.csv  | lyon,City,Lyon,,,,,,,12345                                         | entities.csv:7: wikidata '12345'
            unknown subject         | relations.csv | leon-trotsky,schema:parent,leon-sedov,,,,In 1923 Leon threw        | relations.csv:5: unknown subject 'leon-trotsky'
            unknown object          | relations.csv | leon-sedov,schema:parent,leon-trotsky,,,,In 1923 Leon threw        | relations.csv:5: unknown object 'leon-trotsky'
            unknown predicate       | relations.csv | leon-sedov,schema:fatherOf,paris,,,,In 1923 Leon threw             | relations.csv:5: unknown predicate 'schema:fatherOf'
            impossible fact date    | relations.csv | leon-sedov,schema:deathDate,,1938-13-01,,,In 1923 Leon threw       | relations.csv:5: impossible or malformed date '1938-13-01'
            evidence not in text    | relations.csv | leon-sedov,schema:homeLocation,paris,,,,He lived in Lyon           | relations.csv:5: evidence quote not found in the text
            evidence not unique     | relations.csv | leon-sedov,schema:homeLocation,paris,,,,Leon                       | relations.csv:5: evidence quote occurs 2 times
            correction not in text  | ocr-corrections.csv | Bhrcelona,Barcelona,                                         | ocr-corrections.csv:2: the OCR form 'Bhrcelona' does not occur
            """)
    void mistakeIsReportedWithFileAndLine(String why, String file, String row, String expected) throws IOException {
        append(file, row.strip());
        InputException e = fails();
        assertTrue(e.getMessage().contains(data.resolve(expected.strip()).toString().replace(data + "/", "")), e.getMessage());
        assertTrue(e.errors().stream().anyMatch(x -> x.toString().contains(data.resolve(expected.strip().split(":")[0]).toString())
                && x.toString().contains(expected.strip().substring(expected.strip().indexOf(' ') + 1))), e.getMessage());
    }

    @Test
    void allProblemsAreReportedTogether() throws IOException {
        append("entities.csv", "paris,City,Paris again,,,,,,,");
        append("relations.csv", "leon-sedov,schema:parent,nobody,,,,In 1923 Leon threw");
        append("relations.csv", "leon-sedov,schema:homeLocation,paris,,,,not in the text at all");
        assertEquals(3, fails().errors().size());
    }

    @Test
    void missingCorpusFileIsNamed() throws IOException {
        Files.delete(data.resolve("corpus/letter.txt"));
        assertTrue(fails().getMessage().contains("documents.csv:2: the corpus file"), "names the row");
    }

    @Test
    void emptyCorpusFileIsNamed() throws IOException {
        Files.writeString(data.resolve("corpus/letter.txt"), "  \n");
        assertTrue(fails().getMessage().contains("letter.txt: is empty"));
    }

    @Test
    void corpusThatIsNotUtf8SaysWhere() throws IOException {
        Files.write(data.resolve("corpus/letter.txt"), new byte[] {'O', 'k', '\n', 'b', 'a', 'd', (byte) 0xE9, '\n'});
        assertTrue(fails().getMessage().contains("letter.txt: is not valid UTF-8: first bad byte at line 2, byte offset 6"));
    }
}
