package kg.sedoff.corpus;

import kg.sedoff.input.Source;

/**
 * A curated fix for a scan error: every occurrence of {@code raw} (inside {@code context}, when
 * one is given) reads as {@code corrected}. The raw text itself is never changed.
 */
public record OcrCorrection(String raw, String corrected, String context, Source source) {
    public OcrCorrection {
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException("an OCR correction needs a raw form");
        }
        corrected = corrected == null ? "" : corrected;
        context = context == null ? "" : context;
    }
}
