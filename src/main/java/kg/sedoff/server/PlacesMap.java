package kg.sedoff.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.sedoff.graph.Vocab;
import kg.sedoff.store.Places;
import java.math.BigDecimal;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;

/**
 * The places of the catalog: those with coordinates (from data/places.csv, each with its source)
 * drawn on a map, the others listed. Each place carries its mention count and the entities tied to
 * it by a stated fact (who lived there, what happened there, what lies in it). The same data goes
 * out as GeoJSON (/places.geojson), as a server-side SVG map (plate carrée), and as a table.
 */
final class PlacesMap {
    static final int SVG_WIDTH = 960;

    record Related(String id, String label, String href, String relation) {
    }

    record Place(String id, String label, String href, String type, long mentions, String wikidata,
                 Double lat, Double lon, String source, List<Related> related) {
        public boolean located() {
            return lat != null && lon != null;
        }

        public String latText() {
            return lat == null ? "" : String.format(Locale.ROOT, "%.4f", lat);
        }

        public String lonText() {
            return lon == null ? "" : String.format(Locale.ROOT, "%.4f", lon);
        }

        public String wikidataHref() {
            return wikidata == null ? null : "https://www.wikidata.org/wiki/" + wikidata;
        }

        public boolean hasRelated() {
            return !related.isEmpty();
        }
    }

    /** A point of the SVG map, with its label where it fits without covering another. */
    record Dot(String label, String href, String cx, String cy, String r, boolean labelled, String lx, String ly,
               String anchor, String tip) {
    }

    record Line(String x1, String y1, String x2, String y2, String label, String lx, String ly) {
    }

    private final List<Place> places;

    private PlacesMap(List<Place> places) {
        this.places = places;
    }

    static PlacesMap read(GraphLookup g, SiteLinks links) {
        Labels labels = new Labels(g);
        List<Place> out = new ArrayList<>();
        for (Node e : g.subjects(Vocab.TYPE, Vocab.uri(Vocab.SCHEMA + "Place"))) {
            if (!e.isURI() || !e.getURI().startsWith(links.base() + "id/") || g.string(e, Vocab.LABEL).isEmpty()) {
                continue;
            }
            Double lat = null;
            Double lon = null;
            String source = null;
            Optional<Node> geo = g.object(e, Places.SCHEMA_GEO);
            if (geo.isPresent()) {
                lat = number(g.string(geo.get(), Places.LATITUDE));
                lon = number(g.string(geo.get(), Places.LONGITUDE));
                source = g.object(geo.get(), Vocab.DC_SOURCE).filter(Node::isURI).map(Node::getURI).orElse(null);
            }
            String wikidata = g.objects(e, Vocab.SAME_AS).stream()
                    .filter(n -> n.isURI() && n.getURI().startsWith(Vocab.WIKIDATA))
                    .map(n -> n.getURI().substring(Vocab.WIKIDATA.length())).findFirst().orElse(null);
            out.add(new Place(SiteLinks.localName(e.getURI()), labels.of(e), links.href(e), labels.specificType(e),
                    g.integer(e, Vocab.MENTION_COUNT).orElse(0L), wikidata, lat, lon, source,
                    related(g, links, labels, e)));
        }
        out.sort(Comparator.comparingLong(Place::mentions).reversed().thenComparing(Place::label));
        return new PlacesMap(out);
    }

    private static Double number(Optional<String> s) {
        try {
            return s.map(Double::parseDouble).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Entities tied to the place by a fact, in either direction, each once with all its relations,
     * e.g. "Leon Sedov (home location, death place)".
     */
    private static List<Related> related(GraphLookup g, SiteLinks links, Labels labels, Node place) {
        Map<Node, java.util.Set<String>> relations = new LinkedHashMap<>();
        for (boolean placeIsObject : new boolean[] {true, false}) {
            for (Node f : g.subjects(placeIsObject ? Vocab.RDF_OBJECT : Vocab.RDF_SUBJECT, place)) {
                if (!g.has(f, Vocab.TYPE, Vocab.FACT)) {
                    continue;
                }
                Optional<Node> other = g.object(f, placeIsObject ? Vocab.RDF_SUBJECT : Vocab.RDF_OBJECT);
                Optional<Node> p = g.object(f, Vocab.RDF_PREDICATE);
                if (other.isEmpty() || p.isEmpty() || !other.get().isURI() || !links.isLocal(other.get())
                        || g.string(other.get(), Vocab.LABEL).isEmpty()) {
                    continue;
                }
                String relation = placeIsObject ? labels.ofProperty(p.get()) : "has " + labels.ofProperty(p.get());
                relations.computeIfAbsent(other.get(), k -> new java.util.TreeSet<>()).add(relation);
            }
        }
        List<Related> list = new ArrayList<>();
        relations.forEach((other, rels) -> list.add(new Related(SiteLinks.localName(other.getURI()), labels.of(other),
                links.href(other), String.join(", ", rels))));
        list.sort(Comparator.comparing(Related::label));
        return list;
    }

    List<Place> located() {
        return places.stream().filter(Place::located).toList();
    }

    List<Place> unlocated() {
        return places.stream().filter(p -> !p.located()).toList();
    }

    /** RFC 7946: a FeatureCollection of Points, coordinates [longitude, latitude]. */
    JsonObject geoJson() {
        JsonObject fc = new JsonObject();
        fc.put("type", "FeatureCollection");
        JsonArray features = new JsonArray();
        for (Place p : located()) {
            JsonObject f = new JsonObject();
            f.put("type", "Feature");
            f.put("id", p.id());
            JsonObject geometry = new JsonObject();
            geometry.put("type", "Point");
            JsonArray coordinates = new JsonArray();
            coordinates.add(JsonNumber.value(new BigDecimal(Double.toString(p.lon()))));
            coordinates.add(JsonNumber.value(new BigDecimal(Double.toString(p.lat()))));
            geometry.put("coordinates", coordinates);
            f.put("geometry", geometry);
            JsonObject props = new JsonObject();
            props.put("id", p.id());
            props.put("label", p.label());
            props.put("type", p.type());
            props.put("href", p.href());
            props.put("mentionCount", p.mentions());
            if (p.wikidata() != null) {
                props.put("wikidata", p.wikidata());
            } else {
                props.put("wikidata", JsonNull.instance);
            }
            props.put("coordinatesSource", p.source() == null ? "" : p.source());
            JsonArray related = new JsonArray();
            for (Related r : p.related()) {
                JsonObject o = new JsonObject();
                o.put("id", r.id());
                o.put("label", r.label());
                o.put("relation", r.relation());
                related.add(o);
            }
            props.put("related", related);
            f.put("properties", props);
            features.add(f);
        }
        fc.put("features", features);
        return fc;
    }

    /**
     * The SVG map: a plate carrée of the points' bounding box (with a margin), stretched by
     * 1/cos(mid latitude) so distances look right in the middle, a 10° graticule, dots sized by
     * mentions, and labels where they fit.
     */
    Map<String, Object> svg() {
        List<Place> pts = located();
        Map<String, Object> m = new LinkedHashMap<>();
        if (pts.isEmpty()) {
            m.put("width", SVG_WIDTH);
            m.put("height", 0);
            m.put("dots", List.of());
            m.put("lines", List.of());
            return m;
        }
        double minLon = pts.stream().mapToDouble(Place::lon).min().orElseThrow() - 6;
        double maxLon = pts.stream().mapToDouble(Place::lon).max().orElseThrow() + 6;
        double minLat = Math.max(-85, pts.stream().mapToDouble(Place::lat).min().orElseThrow() - 5);
        double maxLat = Math.min(85, pts.stream().mapToDouble(Place::lat).max().orElseThrow() + 5);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = SVG_WIDTH / ((maxLon - minLon) * k);
        int height = (int) Math.ceil((maxLat - minLat) * scale);
        List<Line> lines = new ArrayList<>();
        for (int lon = (int) Math.ceil(minLon / 10) * 10; lon <= maxLon; lon += 10) {
            double x = (lon - minLon) * k * scale;
            lines.add(new Line(f(x), "0", f(x), f(height), Math.abs(lon) + (lon < 0 ? "°W" : lon > 0 ? "°E" : "°"),
                    f(x + 3), f(height - 4)));
        }
        for (int lat = (int) Math.ceil(minLat / 10) * 10; lat <= maxLat; lat += 10) {
            double y = (maxLat - lat) * scale;
            lines.add(new Line("0", f(y), f(SVG_WIDTH), f(y), Math.abs(lat) + (lat < 0 ? "°S" : lat > 0 ? "°N" : "°"),
                    "3", f(y - 3)));
        }
        List<double[]> boxes = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (Place p : pts) {
            double x = (p.lon() - minLon) * k * scale;
            double y = (maxLat - p.lat()) * scale;
            double r = 3 + Math.sqrt(p.mentions());
            boxes.add(new double[] {x - r, y - r, x + r, y + r});
        }
        for (int i = 0; i < pts.size(); i++) {
            Place p = pts.get(i);
            double x = (p.lon() - minLon) * k * scale;
            double y = (maxLat - p.lat()) * scale;
            double r = 3 + Math.sqrt(p.mentions());
            double w = p.label().length() * 7.0;
            double h = 14;
            // right, left, above, below: the first place the label covers nothing already drawn
            double[][] tries = {
                {x + r + 3, y + 4, x + r + 3, y - h / 2, x + r + 3 + w, y + h / 2},
                {x - r - 3, y + 4, x - r - 3 - w, y - h / 2, x - r - 3, y + h / 2},
                {x, y - r - 4, x - w / 2, y - r - 4 - h, x + w / 2, y - r - 4},
                {x, y + r + 13, x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h},
            };
            String[] anchors = {"start", "end", "middle", "middle"};
            int chosen = -1;
            for (int t = 0; t < tries.length && chosen < 0; t++) {
                double[] box = {tries[t][2], tries[t][3], tries[t][4], tries[t][5]};
                if (box[0] < 0 || box[2] > SVG_WIDTH || box[1] < 0 || box[3] > height) {
                    continue;
                }
                boolean clear = true;
                for (int j = 0; j < boxes.size() && clear; j++) {
                    if (j != i && overlaps(box, boxes.get(j))) {
                        clear = false;
                    }
                }
                if (clear) {
                    chosen = t;
                    boxes.add(box);
                }
            }
            String tip = p.label() + " · " + p.mentions() + (p.mentions() == 1 ? " mention" : " mentions");
            dots.add(new Dot(p.label(), p.href(), f(x), f(y), f(r), chosen >= 0,
                    chosen >= 0 ? f(tries[chosen][0]) : null, chosen >= 0 ? f(tries[chosen][1]) : null,
                    chosen >= 0 ? anchors[chosen] : null, tip));
        }
        m.put("width", SVG_WIDTH);
        m.put("height", height);
        m.put("dots", dots);
        m.put("lines", lines);
        return m;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    Map<String, Object> page() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Map");
        List<Place> located = located();
        List<Place> unlocated = unlocated();
        page.put("located", located);
        page.put("locatedCount", located.size());
        page.put("unlocated", unlocated);
        page.put("unlocatedCount", unlocated.size());
        page.put("hasUnlocated", !unlocated.isEmpty());
        page.put("map", svg());
        Set<String> sources = new LinkedHashSet<>();
        located.forEach(p -> sources.add(p.source()));
        page.put("sourceCount", sources.size());
        return page;
    }
}
