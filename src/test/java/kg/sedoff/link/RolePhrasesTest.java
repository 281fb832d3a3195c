package kg.sedoff.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import kg.sedoff.TestStore;
import kg.sedoff.corpus.Document;
import kg.sedoff.graph.Inputs;
import kg.sedoff.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role phrases ("our son", "my wife") link to the entity their document means, marked as
 * descriptions; names always win over them; they belong to one document only.
 */
class RolePhrasesTest {
    @TempDir
    Path tmp;

    @Test
    void thePamphletsRolePhrasesLinkAsDescriptions() {
        Inputs in = Inputs.read(TestStore.dataDir(), TestStore.ontologyDir());
        Document pamphlet = in.documents().get(0);
        List<Mention> mentions = Annotator.forCatalog(in.catalog()).annotate(pamphlet).mentions();
        List<Mention> descriptions = mentions.stream().filter(Mention::description).toList();
        assertEquals(28, descriptions.size(), descriptions.stream().map(m -> m.anchor() + "@" + m.span().begin()).toList().toString());
        assertTrue(descriptions.stream().anyMatch(m -> m.anchor().equals("our son") && m.entityId().equals("leon-sedov")));
        assertTrue(descriptions.stream().anyMatch(m -> m.anchor().equals("my wife") && m.entityId().equals("natalia-sedova")));
        assertTrue(descriptions.stream().anyMatch(m -> m.anchor().equals("His mother") && m.entityId().equals("natalia-sedova")),
                "a capital at the start of a sentence still matches");
        for (Mention d : descriptions) {
            assertEquals(d.anchor(), pamphlet.raw().substring(d.span().begin(), d.span().end()));
            assertTrue(mentions.stream().filter(m -> !m.description()).noneMatch(n ->
                    n.span().begin() < d.span().end() && d.span().begin() < n.span().end()), "overlaps a name: " + d);
        }
    }

    @Test
    void aRolePhraseBelongsToItsDocumentOnly() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        Files.writeString(data.resolve("corpus/second.txt"), "Later the work went on without him.\n");
        Files.writeString(data.resolve("documents.csv"), "second,Another letter,,1939,corpus/second.txt,en\n",
                StandardOpenOption.APPEND);
        Files.writeString(data.resolve("role-phrases.csv"), "document,phrase,entity\nletter,the work,left-opposition\n");
        Inputs in = Inputs.read(data, null);
        Annotator annotator = Annotator.forCatalog(in.catalog());
        List<Mention> first = annotator.annotate(in.documents().get(0)).mentions();
        List<Mention> second = annotator.annotate(in.documents().get(1)).mentions();
        assertEquals(List.of("the work=left-opposition"), first.stream().filter(Mention::description)
                .map(m -> m.anchor() + "=" + m.entityId()).toList());
        assertTrue(second.stream().noneMatch(Mention::description), second.toString());
    }

    @Test
    void unknownDocumentEntityOrAbsentPhraseAreReported() throws IOException {
        Path data = tmp.resolve("data");
        TestStore.copyTree(Path.of("src/test/resources/mini/data"), data);
        Files.writeString(data.resolve("role-phrases.csv"), "document,phrase,entity\n"
                + "another,the work,left-opposition\n"
                + "letter,the work,nobody\n"
                + "letter,our dear son,leon-sedov\n", StandardOpenOption.CREATE);
        InputException e = assertThrows(InputException.class, () -> Inputs.read(data, null));
        String msg = e.getMessage();
        assertTrue(msg.contains("role-phrases.csv:2: unknown document 'another'"), msg);
        assertTrue(msg.contains("role-phrases.csv:3: unknown entity 'nobody'"), msg);
        assertTrue(msg.contains("role-phrases.csv:4: the phrase 'our dear son' does not occur in letter"), msg);
    }
}
