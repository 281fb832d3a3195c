package kg.sedoff.graph;

/** What a build produced, for the summary line and for tests. */
public record BuildStats(int documents, int entities, int relations, long mentions, long sentences,
                         long quads, long textChars) {
}
