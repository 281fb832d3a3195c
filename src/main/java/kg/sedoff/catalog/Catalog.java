package kg.sedoff.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.corpus.OcrCorrection;

/** Everything a curator states: entities with their names, relations with evidence, OCR corrections, role phrases. */
public record Catalog(List<Entity> entities, List<Relation> relations, List<OcrCorrection> corrections,
                      List<RolePhrase> rolePhrases) {
    public Catalog {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        corrections = List.copyOf(corrections);
        rolePhrases = List.copyOf(rolePhrases);
    }

    public Catalog(List<Entity> entities, List<Relation> relations, List<OcrCorrection> corrections) {
        this(entities, relations, corrections, List.of());
    }

    public Map<String, Entity> byId() {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            map.put(e.id(), e);
        }
        return map;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId().get(id));
    }
}
