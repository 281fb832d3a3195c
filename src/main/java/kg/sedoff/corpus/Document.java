package kg.sedoff.corpus;

import java.nio.file.Path;

/**
 * One scanned document: its catalog row and its raw text, exactly as scanned.
 * Every offset in the graph refers to {@link #raw()}.
 */
public record Document(String id, String title, String author, String date, String language,
                       Path file, String raw) {
}
