package kg.sedoff.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kg.sedoff.corpus.OcrCorrection;
import kg.sedoff.input.CsvTable;
import kg.sedoff.input.Problems;

/**
 * Reads entities.csv, relations.csv and ocr-corrections.csv from a data directory, checking
 * everything that can be checked without the corpus, and reporting every problem with file:line.
 */
public final class CatalogReader {
    public static final List<String> ENTITY_COLUMNS = List.of("id", "type", "label", "aliases");
    public static final List<String> RELATION_COLUMNS = List.of("subject", "predicate", "object", "value", "evidence");
    public static final List<String> CORRECTION_COLUMNS = List.of("raw", "corrected");
    public static final List<String> ROLE_PHRASE_COLUMNS = List.of("document", "phrase", "entity");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private CatalogReader() {
    }

    public static Catalog read(Path dataDir, Problems problems) {
        List<Entity> entities = readEntities(dataDir.resolve("entities.csv"), problems);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        Path relationsFile = dataDir.resolve("relations.csv");
        List<Relation> relations = Files.exists(relationsFile)
                ? readRelations(relationsFile, byId, problems) : List.of();
        Path correctionsFile = dataDir.resolve("ocr-corrections.csv");
        List<OcrCorrection> corrections = Files.exists(correctionsFile)
                ? readCorrections(correctionsFile, problems) : List.of();
        Path rolesFile = dataDir.resolve("role-phrases.csv");
        List<RolePhrase> roles = Files.exists(rolesFile) ? readRolePhrases(rolesFile, byId, problems) : List.of();
        return new Catalog(entities, relations, corrections, roles);
    }

    static List<RolePhrase> readRolePhrases(Path file, Map<String, Entity> entities, Problems problems) {
        CsvTable table = CsvTable.read(file, ROLE_PHRASE_COLUMNS, problems);
        List<RolePhrase> roles = new ArrayList<>();
        Map<String, kg.sedoff.input.Source> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            boolean ok = CsvTable.require(row, "document", problems)
                    & CsvTable.require(row, "phrase", problems)
                    & CsvTable.require(row, "entity", problems);
            if (!ok) {
                continue;
            }
            if (!entities.containsKey(row.get("entity"))) {
                problems.add(file, row.line(), "unknown entity '" + row.get("entity") + "': no such id in entities.csv");
                continue;
            }
            String phrase = row.get("phrase").replaceAll("\\s+", " ");
            kg.sedoff.input.Source first = seen.putIfAbsent(row.get("document") + "\u0000" + phrase, row.source());
            if (first != null) {
                problems.add(file, row.line(), "the phrase '" + phrase + "' is already given for this document at " + first);
                continue;
            }
            roles.add(new RolePhrase(row.get("document"), phrase, row.get("entity"), row.source()));
        }
        return roles;
    }

    static List<Entity> readEntities(Path file, Problems problems) {
        CsvTable table = CsvTable.read(file, ENTITY_COLUMNS, problems);
        List<Entity> entities = new ArrayList<>();
        Map<String, kg.sedoff.input.Source> idWhere = new HashMap<>();
        Map<String, String> aliasOwner = new LinkedHashMap<>();
        Map<String, kg.sedoff.input.Source> aliasWhere = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            boolean ok = CsvTable.require(row, "id", problems)
                    & CsvTable.require(row, "type", problems)
                    & CsvTable.require(row, "label", problems);
            if (!ok) {
                continue;
            }
            String id = row.get("id");
            if (!ID.matcher(id).matches()) {
                problems.add(file, row.line(), "entity id '" + id
                        + "' must be lower-case letters, digits and single hyphens (it becomes the IRI)");
                continue;
            }
            if (idWhere.containsKey(id)) {
                problems.add(file, row.line(), "duplicate entity id '" + id + "' (first defined at "
                        + idWhere.get(id) + ")");
                continue;
            }
            idWhere.put(id, row.source());
            Optional<EntityType> type = EntityType.parse(row.get("type"));
            if (type.isEmpty()) {
                problems.add(file, row.line(), "unknown type '" + row.get("type") + "' for '" + id
                        + "'; use one of: " + EntityType.names());
                continue;
            }
            String[] dates = {row.get("birth"), row.get("death"), row.get("start"), row.get("end")};
            String[] dateColumns = {"birth", "death", "start", "end"};
            for (int i = 0; i < dates.length; i++) {
                if (!dates[i].isEmpty() && HistoricalDate.parse(dates[i]).isEmpty()) {
                    problems.add(file, row.line(), "impossible or malformed " + dateColumns[i] + " date '"
                            + dates[i] + "' for '" + id + "'; write " + HistoricalDate.FORMS);
                }
            }
            String wikidata = row.get("wikidata");
            if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
                problems.add(file, row.line(), "wikidata '" + wikidata + "' for '" + id
                        + "' is not a Wikidata item id like Q543149");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : row.get("aliases").split("\\|")) {
                String alias = a.strip().replaceAll("\\s+", " ");
                if (!alias.isEmpty() && !aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
            Entity entity = new Entity(id, type.get(), row.get("label"), aliases, row.get("description"),
                    dates[0], dates[1], dates[2], dates[3], wikidata, row.source());
            for (String name : entity.names()) {
                String owner = aliasOwner.putIfAbsent(name, id);
                if (owner != null && !owner.equals(id)) {
                    problems.add(file, row.line(), "the name '" + name + "' is claimed by both '" + owner + "' ("
                            + aliasWhere.get(name) + ") and '" + id
                            + "'; a name may belong to one entity only: keep it on one, or make it longer");
                } else {
                    aliasWhere.putIfAbsent(name, row.source());
                }
            }
            entities.add(entity);
        }
        return entities;
    }

    static List<Relation> readRelations(Path file, Map<String, Entity> entities, Problems problems) {
        CsvTable table = CsvTable.read(file, RELATION_COLUMNS, problems);
        List<Relation> relations = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            boolean ok = CsvTable.require(row, "subject", problems)
                    & CsvTable.require(row, "predicate", problems)
                    & CsvTable.require(row, "evidence", problems);
            if (!ok) {
                continue;
            }
            String subject = row.get("subject");
            String object = row.get("object");
            String value = row.get("value");
            if (!entities.containsKey(subject)) {
                problems.add(file, row.line(), "unknown subject '" + subject + "': no such id in entities.csv");
                ok = false;
            }
            Optional<Predicate> predicate = Predicate.parse(row.get("predicate"));
            if (predicate.isEmpty()) {
                problems.add(file, row.line(), "unknown predicate '" + row.get("predicate") + "'; use one of: "
                        + String.join(" ", java.util.Arrays.stream(Predicate.values()).map(Predicate::prefixed).toList()));
                continue;
            }
            Predicate p = predicate.get();
            if (p.literal()) {
                if (value.isEmpty() || !object.isEmpty()) {
                    problems.add(file, row.line(), p.prefixed() + " takes a literal: fill 'value' and leave 'object' empty");
                    ok = false;
                } else if (p.isDate() && HistoricalDate.parse(value).isEmpty()) {
                    problems.add(file, row.line(), "impossible or malformed date '" + value + "'; write "
                            + HistoricalDate.FORMS);
                    ok = false;
                }
            } else {
                if (object.isEmpty() || !value.isEmpty()) {
                    problems.add(file, row.line(), p.prefixed() + " links two entities: fill 'object' with an entity id"
                            + " and leave 'value' empty");
                    ok = false;
                } else if (!entities.containsKey(object)) {
                    problems.add(file, row.line(), "unknown object '" + object + "': no such id in entities.csv");
                    ok = false;
                }
            }
            for (String col : List.of("start", "end")) {
                String d = row.get(col);
                if (!d.isEmpty() && HistoricalDate.parse(d).isEmpty()) {
                    problems.add(file, row.line(), "impossible or malformed " + col + " date '" + d + "'; write "
                            + HistoricalDate.FORMS);
                    ok = false;
                }
            }
            if (ok) {
                relations.add(new Relation(subject, p, object, value, row.get("start"), row.get("end"),
                        row.get("evidence"), row.source()));
            }
        }
        return relations;
    }

    static List<OcrCorrection> readCorrections(Path file, Problems problems) {
        CsvTable table = CsvTable.read(file, CORRECTION_COLUMNS, problems);
        List<OcrCorrection> corrections = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            // raw and context keep their spaces: they are literal pieces of the scan
            String raw = row.cells().getOrDefault("raw", "");
            String context = row.cells().getOrDefault("context", "");
            if (raw.isEmpty()) {
                problems.add(file, row.line(), "the column 'raw' is empty; it is required");
                continue;
            }
            if (!context.isEmpty() && !context.contains(raw)) {
                problems.add(file, row.line(), "context '" + context + "' does not contain the raw form '" + raw + "'");
                continue;
            }
            if (!context.isEmpty() && context.indexOf(raw) != context.lastIndexOf(raw)) {
                problems.add(file, row.line(), "the raw form '" + raw + "' occurs more than once in its context '" + context
                        + "'; extend the raw form or the context so the place is unique");
                continue;
            }
            corrections.add(new OcrCorrection(raw, row.cells().getOrDefault("corrected", ""), context, row.source()));
        }
        return corrections;
    }
}
