package com.flextime.optimizer.robinx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The JDK's DOM parser, hardened against external entities, and a few helpers for RobinX's flat XML. */
final class RobinxXml {

    private RobinxXml() {
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler also prints "[Fatal Error]" to stderr; the exception below says it once
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a RobinX XML file: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    static List<Element> descendants(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        var nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static String text(Element parent, String name) {
        Element element = parent == null ? null : child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
