package kg.sedoff.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kg.sedoff.catalog.Entity;
import kg.sedoff.catalog.EntityType;
import kg.sedoff.corpus.OcrNormalizer;
import kg.sedoff.input.Source;
import org.junit.jupiter.api.Test;

/** Names found on whole tokens, longest first, with exact raw anchors. */
class LinkerTest {
    static Entity entity(String id, EntityType type, String label, String... aliases) {
        return new Entity(id, type, label, List.of(aliases), "", "", "", "", "", "", new Source(null, 1));
    }

    private final List<Entity> catalog = List.of(
            entity("moscow", EntityType.City, "Moscow"),
            entity("trial-of-the-sixteen", EntityType.Event, "Trial of the Sixteen", "Moscow Trial of the Sixteen"),
            entity("leon-sedov", EntityType.Person, "Leon Sedov", "Leon", "Leon Sedoff", "Sedoff"),
            entity("gpu", EntityType.GovernmentOrganization, "G.P.U.", "G. P. U."),
            entity("kremlin", EntityType.LandmarksOrHistoricalBuildings, "Kremlin"),
            entity("grigory-zinoviev", EntityType.Person, "Grigory Zinoviev", "Zinoviev"),
            entity("lenin", EntityType.Person, "Lenin"));

    private List<String> link(String raw) {
        Linker linker = new Linker(new AliasDictionary(catalog));
        return linker.link("d", raw, new OcrNormalizer(List.of()).normalize(raw)).stream()
                .map(m -> m.entityId() + "=" + m.anchor() + "@" + m.span().begin() + ":" + m.method().slug())
                .toList();
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("trial-of-the-sixteen=Moscow Trial of the Sixteen@4:exact-alias", "moscow=Moscow@35:exact-alias"),
                link("The Moscow Trial of the Sixteen in Moscow"));
    }

    @Test
    void possessivesAndHyphenatedTailsStillMatchTheName() {
        assertEquals(List.of("leon-sedov=Leon@0:exact-alias", "leon-sedov=Leon Sedoff@13:exact-alias"),
                link("Leon's life. Leon Sedoff's-life"));
    }

    @Test
    void wordBoundariesAreRespected() {
        assertEquals(List.of(), link("Leninism and Leonard and Stalinist Moscowite"));
    }

    @Test
    void spacingOfInitialsDoesNotMatter() {
        assertEquals(List.of("gpu=G.P.U.@4:exact-alias", "gpu=G. P. U.@15:exact-alias"), link("the G.P.U. and G. P. U. agents"));
    }

    @Test
    void allCapsHeadingsMatch() {
        assertEquals(List.of("kremlin=KREMLIN@0:all-caps"), link("KREMLIN-Building in Moscow".substring(0, 8)));
    }

    @Test
    void nameBrokenAcrossLinesKeepsItsRawSpan() {
        assertEquals(List.of("grigory-zinoviev=Zi-\nnoviev@22:layout-normalized"), link("trial of the Sixteen (Zi-\nnoviev, etc.)"));
    }

    @Test
    void caseMatters() {
        assertEquals(List.of(), link("the kremlin and leon"));
    }
}
