package kg.sedoff.corpus;

/** A paragraph or sentence: its raw span and its normalised, readable text. */
public record TextUnit(Span span, String text) {
}
