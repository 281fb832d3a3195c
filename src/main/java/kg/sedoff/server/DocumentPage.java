package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.sedoff.graph.Vocab;
import org.apache.jena.graph.Node;

/**
 * A document as scanned, with every mention a link to its entity. Mention offsets count characters
 * of the raw text (nif:isString), so the raw text is what gets highlighted; the normalised reading
 * text is a second, plain view. The text goes to the template as a list of segments, never as HTML.
 */
final class DocumentPage {

    /**
     * One piece of the text. Exactly one of plain, mention, anchor, evidence is true. An evidence
     * segment wraps the passage a fact cites and holds its own plain, mention and anchor pieces. An
     * anchor is an empty target for links: "s-" where a sentence begins, "ev-" where a cited
     * passage begins that could not be wrapped.
     */
    record Segment(boolean plain, boolean mention, boolean anchor, boolean evidence, String text,
                   long begin, String href, String label, List<Segment> children) {
        static Segment plain(String text) {
            return new Segment(true, false, false, false, text, 0, null, null, List.of());
        }
    }

    /** A link target at an offset of the raw text; id is the HTML id, e.g. "s-1234". */
    record Anchor(long at, String id) {
        static Anchor sentence(long begin) {
            return new Anchor(begin, "s-" + begin);
        }
    }

    /** A cited passage; id is its first offset in the graph, kept when it is widened for display. */
    record Span(long begin, long end, long id) {
    }

    private record Mention(long begin, long end, String href, String label) {
    }

    private DocumentPage() {
    }

    /** Empty when the store has no document with this IRI. */
    static Optional<Map<String, Object>> read(GraphLookup g, SiteLinks links, Node doc, boolean normalized) {
        if (!g.has(doc, Vocab.TYPE, Vocab.DOCUMENT)) {
            return Optional.empty();
        }
        Labels labels = new Labels(g);
        String raw = g.string(doc, Vocab.NIF_IS_STRING).orElse("");
        Map<String, Object> page = new LinkedHashMap<>();
        String title = g.string(doc, Vocab.DC_TITLE).orElse(SiteLinks.localName(doc.getURI()));
        page.put("title", title);
        page.put("docTitle", title);
        page.put("iri", doc.getURI());
        page.put("author", g.string(doc, Vocab.DC_CREATOR).orElse(null));
        page.put("date", g.string(doc, Vocab.DC_DATE).orElse(null));
        page.put("language", g.string(doc, Vocab.DC_LANGUAGE).orElse(null));
        page.put("characters", raw.length());
        String path = links.href(doc);
        page.put("rawHref", path);
        page.put("normalizedHref", path + "?view=normalized");
        page.put("normalized", normalized);
        page.put("formats", LinkedDataSite.formatLinks(path));

        // one pass over everything anchored in this document: mentions, cited passages, sentences
        List<Mention> mentions = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        List<Anchor> sentences = new ArrayList<>();
        for (Node part : g.subjects(Vocab.NIF_REFERENCE_CONTEXT, doc)) {
            Optional<Long> b = g.integer(part, Vocab.NIF_BEGIN);
            Optional<Long> e = g.integer(part, Vocab.NIF_END);
            if (b.isEmpty() || e.isEmpty()) {
                continue;
            }
            Optional<Node> entity = g.object(part, Vocab.TA_IDENT_REF);
            if (entity.isPresent()) {
                mentions.add(new Mention(b.get(), e.get(), links.href(entity.get()), labels.of(entity.get())));
            }
            if (g.has(part, Vocab.TYPE, Vocab.EVIDENCE)) {
                evidence.add(new Span(b.get(), e.get(), b.get()));
            }
            if (g.has(part, Vocab.TYPE, Vocab.NIF_SENTENCE)) {
                sentences.add(Anchor.sentence(b.get()));
            }
        }
        page.put("mentionCount", mentions.size());
        if (normalized) {
            page.put("text", g.string(doc, Vocab.NORMALIZED_STRING).orElse(raw));
        } else {
            page.put("segments", segments(raw, mentions, evidence, sentences));
        }
        return Optional.of(page);
    }

    static List<Segment> segments(String raw, List<Mention> mentionsIn, List<Span> evidenceIn, List<Anchor> sentences) {
        long length = raw.length();
        // Mentions never overlap in a well-built graph; if they did, the first one wins.
        List<Mention> mentions = new ArrayList<>();
        mentionsIn.stream()
                .filter(m -> m.begin() >= 0 && m.end() <= length && m.begin() < m.end())
                .sorted(Comparator.comparingLong(Mention::begin).thenComparingLong(m -> -m.end()))
                .forEach(m -> {
                    if (mentions.isEmpty() || mentions.get(mentions.size() - 1).end() <= m.begin()) {
                        mentions.add(m);
                    }
                });
        // Evidence passages become wrappers; one that overlaps an earlier passage is only an anchor.
        List<Span> wrappers = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>(sentences.stream().filter(a -> a.at() >= 0 && a.at() < length).toList());
        evidenceIn.stream()
                .filter(s -> s.begin() >= 0 && s.end() <= length && s.begin() < s.end())
                .map(s -> widenToMentions(s, mentions))
                .sorted(Comparator.comparingLong(Span::begin).thenComparingLong(s -> -s.end()))
                .forEach(s -> {
                    if (wrappers.isEmpty() || wrappers.get(wrappers.size() - 1).end() <= s.begin()) {
                        wrappers.add(s);
                    } else if (wrappers.get(wrappers.size() - 1).id() != s.id()) {
                        anchors.add(new Anchor(s.id(), "ev-" + s.id()));
                    }
                });
        List<Segment> out = new ArrayList<>();
        long at = 0;
        for (Span w : wrappers) {
            out.addAll(inline(raw, at, w.begin(), mentions, anchors));
            out.add(new Segment(false, false, false, true, null, w.id(), null, null,
                    inline(raw, w.begin(), w.end(), mentions, anchors)));
            at = w.end();
        }
        out.addAll(inline(raw, at, length, mentions, anchors));
        return out;
    }

    /** Plain text and mentions between two offsets, with anchors for passages that start there. */
    private static List<Segment> inline(String raw, long from, long to, List<Mention> mentions, List<Anchor> anchors) {
        List<Segment> out = new ArrayList<>();
        long at = from;
        List<Anchor> pending = new ArrayList<>(anchors.stream().filter(a -> a.at() >= from && a.at() < to)
                .sorted(Comparator.comparingLong(Anchor::at)).toList());
        for (Mention m : mentions) {
            if (m.begin() < from || m.end() > to) {
                continue;
            }
            at = plainWithAnchors(raw, at, m.begin(), pending, out);
            out.add(new Segment(false, true, false, false, raw.substring((int) m.begin(), (int) m.end()),
                    m.begin(), m.href(), m.label(), List.of()));
            // an anchor inside a mention is placed just after it
            at = m.end();
        }
        plainWithAnchors(raw, at, to, pending, out);
        for (Anchor a : pending) {
            out.add(anchor(a));
        }
        return out;
    }

    private static long plainWithAnchors(String raw, long from, long to, List<Anchor> pending, List<Segment> out) {
        long at = from;
        while (!pending.isEmpty() && pending.get(0).at() < to) {
            Anchor anchor = pending.remove(0);
            long a = Math.max(anchor.at(), at);
            if (a > at) {
                out.add(Segment.plain(raw.substring((int) at, (int) a)));
            }
            out.add(anchor(anchor));
            at = a;
        }
        if (to > at) {
            out.add(Segment.plain(raw.substring((int) at, (int) to)));
        }
        return to;
    }

    private static Segment anchor(Anchor a) {
        return new Segment(false, false, true, false, a.id(), a.at(), null, null, List.of());
    }

    /** A passage that cuts a mention in two is widened to hold all of it. */
    private static Span widenToMentions(Span s, List<Mention> mentions) {
        long b = s.begin();
        long e = s.end();
        for (Mention m : mentions) {
            if (m.begin() < b && m.end() > b) {
                b = m.begin();
            }
            if (m.begin() < e && m.end() > e) {
                e = m.end();
            }
        }
        return new Span(b, e, s.id());
    }
}
