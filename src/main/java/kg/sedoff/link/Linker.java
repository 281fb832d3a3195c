package kg.sedoff.link;

import java.util.ArrayList;
import java.util.List;
import kg.sedoff.corpus.MappedText;
import kg.sedoff.corpus.Span;

/**
 * Finds entity names in normalised text: left to right, longest match first, on whole tokens,
 * case-sensitively (all-capitals headings match through the dictionary's capitals forms).
 * Every mention is mapped back to its exact raw span.
 */
public final class Linker {
    private final AliasDictionary dictionary;
    private final boolean descriptions;

    public Linker(AliasDictionary dictionary) {
        this(dictionary, false);
    }

    /** @param descriptions true when the dictionary holds role phrases, not names */
    public Linker(AliasDictionary dictionary, boolean descriptions) {
        this.dictionary = dictionary;
        this.descriptions = descriptions;
    }

    public List<Mention> link(String documentId, String raw, MappedText normalized) {
        Tokens tokens = Tokens.of(normalized.text());
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            AliasDictionary.Entry match = longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int last = i + match.tokens().length - 1;
            int nb = tokens.begin[i];
            int ne = tokens.end[last];
            Span span = normalized.rawSpan(nb, ne);
            String anchor = span.of(raw);
            mentions.add(new Mention(documentId, match.entityId(), span, anchor, match.alias(),
                    method(match, anchor, normalized.touchesCorrection(nb, ne)), descriptions));
            i = last + 1;
        }
        return mentions;
    }

    private AliasDictionary.Entry longestAt(Tokens tokens, int i) {
        for (AliasDictionary.Entry entry : dictionary.startingWith(tokens.get(i))) {
            String[] want = entry.tokens();
            if (i + want.length > tokens.size) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < want.length && all; k++) {
                all = tokens.equalsAt(i + k, want[k]);
            }
            if (all) {
                return entry;
            }
        }
        return null;
    }

    private static MatchMethod method(AliasDictionary.Entry entry, String anchor, boolean corrected) {
        if (corrected) {
            return MatchMethod.OCR_CORRECTED;
        }
        if (entry.caps()) {
            return MatchMethod.ALL_CAPS;
        }
        return entry.spellings().contains(anchor) ? MatchMethod.EXACT_ALIAS : MatchMethod.LAYOUT_NORMALIZED;
    }
}
