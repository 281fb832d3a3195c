package kg.sedoff.catalog;

import java.util.List;
import kg.sedoff.input.Source;

/** A catalog entry: one person, place, organisation, work or event, with every name it goes by. */
public record Entity(String id, EntityType type, String label, List<String> aliases, String description,
                     String birth, String death, String start, String end, String wikidata, Source source) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    /** The label and every alias, label first, without repeats. */
    public List<String> names() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(label);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
