package kg.sedoff.server;

import kg.sedoff.TestStore;
import kg.sedoff.graph.Iris;

/** The pamphlet's test store served with every page and the example queries, on a free port. */
final class PamphletSite {
    private PamphletSite() {
    }

    static SedoffServer start() {
        return SedoffServer.create().port(0).dataset(TestStore.dataset())
                .with(LinkedDataSite.install(TestStore.dataset(), Iris.DEFAULT_BASE,
                        TestStore.dataDir().toAbsolutePath().resolveSibling("queries")))
                .build().start();
    }

    /** The server's address, e.g. http://127.0.0.1:41234, for building page URLs. */
    static String address(SedoffServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
