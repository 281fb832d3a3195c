package kg.sedoff.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter} for the graph files: UTF-8, one element per line, and
 * every value passed through {@link LegalText}. The StAX writer escapes markup ({@code < & "})
 * itself, but writes forbidden control characters as they are, which would make the file
 * unreadable.
 */
final class XmlOut {
    private final XMLStreamWriter xml;
    // per open element: has it had a child element yet (then its end tag goes on its own line)
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(OutputStream out) {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens the root element in its default namespace, with a schema location for validators. */
    XmlOut root(String name, String namespace, String schemaLocation) {
        start(name);
        run(() -> {
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    namespace + " " + schemaLocation);
        });
        return this;
    }

    XmlOut start(String name) {
        newChild();
        run(() -> xml.writeStartElement(name));
        open.push(new boolean[] {false});
        return this;
    }

    /** An element without content; attributes may follow. */
    XmlOut empty(String name) {
        newChild();
        run(() -> xml.writeEmptyElement(name));
        return this;
    }

    XmlOut attribute(String name, String value) {
        run(() -> xml.writeAttribute(name, LegalText.of(value)));
        return this;
    }

    /** A whole element holding only text, e.g. {@code <creator>sedoff-kg</creator>}. */
    XmlOut text(String name, String text) {
        return text(name, null, null, text);
    }

    /** Same, with one attribute, e.g. {@code <data key="n_label">Leon Sedov</data>}. */
    XmlOut text(String name, String attribute, String attributeValue, String text) {
        start(name);
        if (attribute != null) {
            attribute(attribute, attributeValue);
        }
        run(() -> xml.writeCharacters(LegalText.of(text)));
        open.pop();
        run(xml::writeEndElement);
        return this;
    }

    XmlOut end() {
        boolean hadChildren = open.pop()[0];
        run(() -> {
            if (hadChildren) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        });
        return this;
    }

    /** Closes every open element and flushes; the stream stays open for the caller. */
    void finish() {
        while (!open.isEmpty()) {
            end();
        }
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    private void newChild() {
        run(() -> xml.writeCharacters("\n" + "  ".repeat(open.size())));
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
    }
}
