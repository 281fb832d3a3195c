package kg.sedoff.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.sedoff.catalog.Entity;
import kg.sedoff.catalog.RolePhrase;

/**
 * Every name of every entity, as token sequences indexed by first token, longest first.
 * Each name also gets an all-capitals form so glossary headings ("KREMLIN") match.
 */
public final class AliasDictionary {
    /** One token sequence; {@code spellings} are the catalog names that share it ("G.P.U.", "G. P. U."). */
    record Entry(String entityId, String alias, String[] tokens, boolean caps, java.util.Set<String> spellings) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private int size;

    public AliasDictionary(List<Entity> entities) {
        for (Entity e : entities) {
            for (String name : e.names()) {
                List<String> tokens = Tokens.split(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                add(new Entry(e.id(), name, tokens.toArray(String[]::new), false, new java.util.HashSet<>(List.of(name))));
                List<String> caps = tokens.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
                if (!caps.equals(tokens) && tokens.stream().anyMatch(t -> t.length() > 1)) {
                    add(new Entry(e.id(), name, caps.toArray(String[]::new), true, new java.util.HashSet<>()));
                }
            }
        }
        sortLongestFirst();
    }

    private AliasDictionary() {
    }

    /**
     * A document's role phrases ("our son"), each also with a capital first letter for the start
     * of a sentence ("Our son").
     */
    public static AliasDictionary ofRolePhrases(List<RolePhrase> phrases) {
        AliasDictionary d = new AliasDictionary();
        for (RolePhrase p : phrases) {
            String capitalised = Character.toUpperCase(p.phrase().charAt(0)) + p.phrase().substring(1);
            for (String form : new java.util.LinkedHashSet<>(List.of(p.phrase(), capitalised))) {
                List<String> tokens = Tokens.split(form);
                if (!tokens.isEmpty()) {
                    d.add(new Entry(p.entityId(), p.phrase(), tokens.toArray(String[]::new), false,
                            new java.util.HashSet<>(List.of(form))));
                }
            }
        }
        d.sortLongestFirst();
        return d;
    }

    private void sortLongestFirst() {
        Comparator<Entry> longestFirst = Comparator.comparingInt(x -> -x.tokens().length);
        byFirstToken.values().forEach(list -> list.sort(longestFirst.thenComparing(Entry::caps)));
    }

    private void add(Entry entry) {
        List<Entry> list = byFirstToken.computeIfAbsent(entry.tokens()[0], k -> new ArrayList<>());
        for (Entry other : list) {
            if (java.util.Arrays.equals(other.tokens(), entry.tokens())) {
                other.spellings().addAll(entry.spellings()); // same tokens, another spacing
                return;
            }
        }
        list.add(entry);
        size++;
    }

    List<Entry> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }

    /** Number of distinct token sequences, all-caps forms included. */
    public int size() {
        return size;
    }
}
