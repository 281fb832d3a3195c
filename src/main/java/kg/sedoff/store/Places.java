package kg.sedoff.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.sedoff.catalog.Entity;
import kg.sedoff.graph.Iris;
import kg.sedoff.graph.Vocab;
import kg.sedoff.input.CsvTable;
import kg.sedoff.input.Problems;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Coordinates of places, from data/places.csv ({@code id,lat,lon,source}): each row a point taken
 * from a reference source, cited by URL. Places without a row have no coordinates; none are
 * guessed. Written after the bulk load into their own graph, {base}graph/places, both as schema.org
 * and as GeoSPARQL:
 * <pre>
 * id:paris schema:geo [ a schema:GeoCoordinates ; schema:latitude 48.8567 ; schema:longitude 2.3508 ;
 *                       dcterms:source &lt;https://...&gt; ] ;
 *          geo:hasGeometry [ a geo:Geometry ; geo:asWKT "POINT(2.3508 48.8567)"^^geo:wktLiteral ] .
 * </pre>
 */
public final class Places {
    public static final String FILE = "places.csv";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final Node SCHEMA_GEO = Vocab.uri(Vocab.SCHEMA + "geo");
    public static final Node GEO_COORDINATES = Vocab.uri(Vocab.SCHEMA + "GeoCoordinates");
    public static final Node LATITUDE = Vocab.uri(Vocab.SCHEMA + "latitude");
    public static final Node LONGITUDE = Vocab.uri(Vocab.SCHEMA + "longitude");
    public static final Node HAS_GEOMETRY = Vocab.uri(GEO + "hasGeometry");
    public static final Node GEOMETRY = Vocab.uri(GEO + "Geometry");
    public static final Node AS_WKT = Vocab.uri(GEO + "asWKT");
    public static final Node WKT_LITERAL = Vocab.uri(GEO + "wktLiteral");

    /** One row of places.csv. */
    public record Place(String id, double lat, double lon, String source) {
        /** WKT puts longitude first. */
        public String wkt() {
            return "POINT(" + plain(lon) + " " + plain(lat) + ")";
        }
    }

    private Places() {
    }

    /** The graph holding the coordinates. */
    public static Node graph(Iris iris) {
        return Vocab.uri(iris.base() + "graph/places");
    }

    /**
     * Reads and checks data/places.csv beside entities.csv; an empty list when there is no such
     * file. Problems (unknown id, a coordinate out of range, no source) are added with file:line.
     */
    static List<Place> read(Path dataDir, List<Entity> entities, Problems problems) {
        Path file = dataDir.resolve(FILE);
        List<Place> places = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return places;
        }
        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e.id()));
        Set<String> seen = new HashSet<>();
        CsvTable table = CsvTable.read(file, List.of("id", "lat", "lon", "source"), problems);
        for (CsvTable.Row row : table.rows()) {
            String id = row.get("id");
            if (!ids.contains(id)) {
                problems.add(row.source().error("no entity '" + id + "' in entities.csv"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(row.source().error("'" + id + "' has coordinates on an earlier line already"));
                continue;
            }
            Double lat = number(row.get("lat"), 90);
            Double lon = number(row.get("lon"), 180);
            if (lat == null || lon == null) {
                problems.add(row.source().error("lat must be a decimal number from -90 to 90 and lon from -180 to 180, "
                        + "e.g. 48.8567,2.3508; got '" + row.get("lat") + "','" + row.get("lon") + "'"));
                continue;
            }
            String source = row.get("source");
            if (!source.startsWith("http://") && !source.startsWith("https://")) {
                problems.add(row.source().error("source must be the URL of the reference the coordinates come from"));
                continue;
            }
            places.add(new Place(id, lat, lon, source));
        }
        return places;
    }

    private static Double number(String s, double limit) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) && Math.abs(v) <= limit ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes the coordinates in one write transaction; ontology/sedoff.ttl declares the terms. */
    static long write(DatasetGraph dsg, Iris iris, List<Place> places) {
        if (places.isEmpty()) {
            return 0;
        }
        List<Quad> quads = new ArrayList<>();
        Node g = graph(iris);
        for (Place p : places) {
            Node e = iris.entity(p.id());
            Node coordinates = NodeFactory.createBlankNode();
            quads.add(Quad.create(g, e, SCHEMA_GEO, coordinates));
            quads.add(Quad.create(g, coordinates, Vocab.TYPE, GEO_COORDINATES));
            quads.add(Quad.create(g, coordinates, LATITUDE, decimal(p.lat())));
            quads.add(Quad.create(g, coordinates, LONGITUDE, decimal(p.lon())));
            quads.add(Quad.create(g, coordinates, Vocab.DC_SOURCE, Vocab.uri(p.source())));
            Node geometry = NodeFactory.createBlankNode();
            quads.add(Quad.create(g, e, HAS_GEOMETRY, geometry));
            quads.add(Quad.create(g, geometry, Vocab.TYPE, GEOMETRY));
            quads.add(Quad.create(g, geometry, AS_WKT, NodeFactory.createLiteralDT(p.wkt(), org.apache.jena.datatypes.TypeMapper
                    .getInstance().getSafeTypeByName(WKT_LITERAL.getURI()))));
        }
        Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
        return quads.size();
    }

    private static Node decimal(double v) {
        return NodeFactory.createLiteralDT(plain(v), XSDDatatype.XSDdecimal);
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
