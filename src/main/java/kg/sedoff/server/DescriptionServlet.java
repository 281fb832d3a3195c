package kg.sedoff.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * /.well-known/void (the VoID description of the dataset), and the SPARQL service description
 * returned by a GET on the query endpoint without a query. Turtle unless Accept asks for another
 * RDF syntax.
 */
final class DescriptionServlet extends HttpServlet {
    static final String VOID_PATH = "/.well-known/void";
    private final DatasetGraph dsg;
    private final String base;

    DescriptionServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(resp, req.getHeader("Accept"), DatasetDescription.voidGraph(dsg, base, serverUrl(req)));
    }

    static String serverUrl(HttpServletRequest req) {
        int port = req.getServerPort();
        boolean defaultPort = port == 80 && req.getScheme().equals("http") || port == 443 && req.getScheme().equals("https");
        return req.getScheme() + "://" + req.getServerName() + (defaultPort ? "" : ":" + port) + "/";
    }

    static void send(HttpServletResponse resp, String accept, Graph g) throws IOException {
        Representation r = ContentNegotiation.choose(accept);
        if (!r.isRdf()) {
            r = Representation.TURTLE;
        }
        resp.setHeader("Vary", "Accept");
        resp.setContentType(r.mediaType() + ";charset=utf-8");
        RDFWriter.source(g).format(r.rdfFormat()).output(resp.getOutputStream());
    }

    /** Answers GET on the query endpoint with no query by describing the service. */
    static final class ServiceDescriptionFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            if ("GET".equals(req.getMethod()) && req.getParameter("query") == null && req.getQueryString() == null) {
                String endpoint = serverUrl(req) + req.getRequestURI().substring(1);
                send((HttpServletResponse) response, req.getHeader("Accept"),
                        DatasetDescription.serviceDescription(endpoint, serverUrl(req)));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
