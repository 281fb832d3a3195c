package kg.sedoff.corpus;

import java.nio.file.Path;

/**
 * One scanned document: its catalog row and its raw text, exactly as scanned.
 * Every offset in the graph refers to {@link #raw()}.
 */
public record Document(String id, String title, String author, String date, String language,
                       Path file, RawText text) {

    /** A document whose text is given, e.g. in a test. */
    public Document(String id, String title, String author, String date, String language, Path file, String raw) {
        this(id, title, author, date, language, file, RawText.of(raw));
    }

    /** The text exactly as scanned; read from the file again unless this document is {@link #loaded()}. */
    public String raw() {
        return text.read();
    }

    /** This document with its text in memory, for as long as it is being worked on. */
    public Document loaded() {
        return text instanceof RawText.InMemory ? this : new Document(id, title, author, date, language, file, raw());
    }
}
