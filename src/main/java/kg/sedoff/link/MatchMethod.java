package kg.sedoff.link;

/** How a mention was found; recorded on each mention so a historian can judge it. */
public enum MatchMethod {
    /** The raw text spells the alias exactly. */
    EXACT_ALIAS("exact-alias"),
    /** The alias matched once line breaks, hyphenation or spacing were undone. */
    LAYOUT_NORMALIZED("layout-normalized"),
    /** The alias matched a word repaired by the curated OCR corrections table. */
    OCR_CORRECTED("ocr-corrected"),
    /** An all-capitals heading matched the alias. */
    ALL_CAPS("all-caps");

    private final String slug;

    MatchMethod(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
