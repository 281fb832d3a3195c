package kg.sedoff.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files as strict UTF-8, saying where the first bad byte is. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * Reads a file as UTF-8. A leading byte-order mark is dropped. Invalid bytes raise a
     * {@link CharacterCodingException} whose message gives the line and byte offset.
     */
    public static String readUtf8(Path file) throws IOException {
        return decodeUtf8(Files.readAllBytes(file));
    }

    /** The bytes of a text file as UTF-8, as {@link #readUtf8} reads them. */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes, start);
            long line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8(line, bad);
        }
    }

    /** Raised for bytes that are not UTF-8. */
    public static final class NotUtf8 extends CharacterCodingException {
        private final long line;
        private final int offset;

        NotUtf8(long line, int offset) {
            this.line = line;
            this.offset = offset;
        }

        public long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "is not valid UTF-8: first bad byte at line " + line + ", byte offset " + offset
                    + " (save the file as UTF-8)";
        }
    }

    private static int firstInvalidByte(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            if (c < 0x80) {
                n = 0;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(start, b.length - 1);
    }
}
