package kg.sedoff.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks a {@link Representation} from an Accept header (RFC 9110, with q-values). The most
 * specific media range that matches an offer sets its quality; the best quality wins; among equals,
 * an offer the client named beats one it only reached through a wildcard, and named offers keep the
 * client's order. Browsers name text/html and get pages; a client that accepts anything, or nothing
 * we offer, gets Turtle.
 */
final class ContentNegotiation {
    private static final List<Representation> WILDCARD_PREFERENCE = List.of(
            Representation.TURTLE, Representation.JSONLD, Representation.RDFXML,
            Representation.NTRIPLES, Representation.HTML);

    private ContentNegotiation() {
    }

    record MediaRange(String type, String subtype, double q, int position) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    static Representation choose(String accept) {
        List<MediaRange> ranges = parse(accept);
        Representation best = Representation.TURTLE;
        double bestQ = 0;
        boolean bestNamed = false;
        int bestPosition = Integer.MAX_VALUE;
        for (Representation offer : WILDCARD_PREFERENCE) {
            for (String type : offer.acceptedTypes()) {
                MediaRange r = mostSpecificMatch(ranges, type);
                if (r == null || r.q() <= 0) {
                    continue;
                }
                boolean named = r.specificity() == 2;
                boolean better = r.q() > bestQ
                        || r.q() == bestQ && named && !bestNamed
                        || r.q() == bestQ && named && bestNamed && r.position() < bestPosition;
                if (better) {
                    best = offer;
                    bestQ = r.q();
                    bestNamed = named;
                    bestPosition = named ? r.position() : Integer.MAX_VALUE;
                }
            }
        }
        return best;
    }

    private static MediaRange mostSpecificMatch(List<MediaRange> ranges, String mediaType) {
        MediaRange found = null;
        for (MediaRange r : ranges) {
            if (r.matches(mediaType) && (found == null || r.specificity() > found.specificity())) {
                found = r;
            }
        }
        return found;
    }

    static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            return ranges;
        }
        int position = 0;
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String param = params[i].trim();
                if (param.length() > 2 && param.substring(0, 2).equalsIgnoreCase("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(param.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new MediaRange(range.substring(0, slash), range.substring(slash + 1), q, position++));
        }
        return ranges;
    }
}
