package kg.sedoff.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import kg.sedoff.input.InputError;
import kg.sedoff.input.InputException;
import kg.sedoff.input.TextFiles;

/**
 * A document's text exactly as scanned: held in memory, or read from its file each time it is
 * asked for. A build over thousands of documents keeps them in files and holds one text at a time.
 */
public sealed interface RawText {

    String read();

    static RawText of(String text) {
        return new InMemory(text);
    }

    /** A text that is already in memory. */
    record InMemory(String text) implements RawText {
        @Override
        public String read() {
            return text;
        }
    }

    /**
     * A text read from its file when needed. The file was read and checked once (see
     * {@link Corpus#read}); if its bytes differ when it is read again, every offset taken from the
     * first reading would be wrong, so that is an input error, not a silent change.
     */
    record InFile(Path file, long checksum) implements RawText {
        @Override
        public String read() {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (checksum(bytes) != checksum) {
                    throw new InputException(InputError.ofFile(file,
                            "changed while it was being read; nothing was published, run the build again"));
                }
                return TextFiles.decodeUtf8(bytes);
            } catch (IOException e) {
                throw new InputException(InputError.ofFile(file, "cannot be read any more: " + e.getMessage()));
            }
        }

        public static long checksum(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return crc.getValue();
        }
    }
}
