package kg.sedoff.graph;

/** Progress of long work, reported at most about once a second. */
public interface Progress {
    void documents(int done, int total, long mentions);

    Progress NONE = (done, total, mentions) -> { };
}
