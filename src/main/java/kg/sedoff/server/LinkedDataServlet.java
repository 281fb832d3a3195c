package kg.sedoff.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferenceable IRIs: GET {base}id/..., doc/..., fact/... answers with a page or with RDF,
 * by content negotiation; ?format=ttl|jsonld|rdfxml|nt|html overrides the Accept header.
 */
final class LinkedDataServlet extends SiteServlet {

    LinkedDataServlet(DatasetGraph dataset, SiteLinks links, Templates templates) {
        super(dataset, links, templates);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        Optional<Representation> asked = format == null ? Optional.empty() : Representation.ofFormatKey(format);
        Representation rep = asked.orElseGet(() -> ContentNegotiation.choose(req.getHeader("Accept")));
        boolean forPeople = rep == Representation.HTML;
        String rawPath = req.getRequestURI();
        if (ResourcePath.isTraversal(rawPath)) {
            badRequest(resp, forPeople, "Bad request: this address is not a path in the knowledge graph.");
            return;
        }
        if (format != null && asked.isEmpty()) {
            badRequest(resp, forPeople, "Unknown format; use one of: ttl, jsonld, rdfxml, nt, html.");
            return;
        }
        Optional<ResourcePath> path = ResourcePath.parse(rawPath);
        if (path.isEmpty()) {
            notFound(resp, forPeople);
            return;
        }
        Node resource = NodeFactory.createURI(path.get().iri(links.base()));
        if (rep.isRdf()) {
            sendRdf(resp, rep, resource);
        } else {
            sendPage(req, resp, path.get(), resource);
        }
    }

    private void sendRdf(HttpServletResponse resp, Representation rep, Node resource) throws IOException {
        byte[] body = read(g -> {
            Graph description = ResourceDescription.describe(g.graph(), resource, links.base());
            if (description.isEmpty()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, description, rep.rdfFormat());
            return out.toByteArray();
        });
        if (body == null) {
            notFound(resp, false);
            return;
        }
        String type = rep.mediaType() + (rep == Representation.RDFXML ? "" : "; charset=utf-8");
        send(resp, 200, type, body);
    }

    private void sendPage(HttpServletRequest req, HttpServletResponse resp, ResourcePath path, Node resource)
            throws IOException {
        boolean normalized = "normalized".equals(req.getParameter("view"));
        Optional<Map<String, Object>> page = read(g -> switch (path.kind()) {
            case ENTITY -> EntityPage.read(g, links, resource);
            case DOCUMENT -> DocumentPage.read(g, links, resource, normalized);
            default -> ResourcePage.read(g, links, resource);
        });
        if (page.isEmpty()) {
            notFound(resp, true);
            return;
        }
        String template = switch (path.kind()) {
            case ENTITY -> "entity";
            case DOCUMENT -> "document";
            default -> "resource";
        };
        html(resp, 200, template, page.get());
    }
}
