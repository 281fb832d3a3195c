package kg.sedoff.export;

/**
 * Text as every network format can carry it. XML 1.0 forbids most control characters (an OCR scan
 * may hold a form feed), and one of them makes Gephi or networkx refuse the whole file; Jena's own
 * JSON parser also rejects some escapes ({@code \f}). Such characters become U+FFFD in every format,
 * so the three files always agree on a label or a quote.
 */
final class LegalText {
    private LegalText() {
    }

    static String of(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.appendCodePoint(ok ? cp : 0xFFFD);
            }
            i += Character.charCount(cp);
        }
        return b == null ? s : b.toString();
    }
}
