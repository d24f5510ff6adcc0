package io.pcrfd.diameter.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Wireshark's dissector as an independent validator: writes messages to a pcap
 * ({@link PcapWriter}), runs {@code tshark -T pdml} on it and returns what Wireshark saw per
 * Diameter message ({@link DissectedMessage}). Tests call {@link #available()} in a JUnit
 * assumption so that a machine without tshark skips them with a message; CI installs it.
 */
public final class Tshark {
    private static final long TIMEOUT_SECONDS = 120;

    private Tshark() {
    }

    /** True when {@code tshark} runs on this machine. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first line of {@code tshark --version}, for test reports. */
    public static String version() {
        return new String(run(List.of("tshark", "--version")), java.nio.charset.StandardCharsets.UTF_8).lines()
                .findFirst().orElse("?");
    }

    /** Writes {@code segments} to {@code pcap} and dissects them. */
    public static List<DissectedMessage> dissect(Path pcap, List<PcapWriter.Segment> segments) {
        PcapWriter.write(pcap, segments);
        return dissect(pcap);
    }

    /** Dissects an existing capture, Diameter on TCP port 3868. */
    public static List<DissectedMessage> dissect(Path pcap) {
        byte[] pdml = run(List.of("tshark", "-n", "-r", pcap.toString(), "-d",
                "tcp.port==" + PcapWriter.DIAMETER_PORT + ",diameter", "-T", "pdml"));
        return PdmlReader.diameterMessages(parse(pdml));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("tshark produced unreadable PDML", e);
        }
    }

    private static byte[] run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> stdout = drain(p.getInputStream());
            CompletableFuture<byte[]> stderr = drain(p.getErrorStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + p.exitValue() + ": "
                        + new String(stderr.join(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return stdout.join();
        } catch (IOException e) {
            throw new UncheckedIOException("running " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads the Diameter parts of a PDML document. */
    static final class PdmlReader {
        private PdmlReader() {
        }

        static List<DissectedMessage> diameterMessages(Document doc) {
            List<DissectedMessage> out = new ArrayList<>();
            NodeList packets = doc.getElementsByTagName("packet");
            for (int i = 0; i < packets.getLength(); i++) {
                Element packet = (Element) packets.item(i);
                List<String> experts = experts(packet);
                for (Element proto : children(packet, "proto")) {
                    if ("diameter".equals(proto.getAttribute("name"))) {
                        out.add(message(i + 1, proto, experts));
                    }
                }
            }
            return out;
        }

        private static DissectedMessage message(int frame, Element proto, List<String> experts) {
            long code = -1;
            long app = -1;
            boolean request = false;
            List<DissectedMessage.DissectedAvp> avps = new ArrayList<>();
            for (Element f : children(proto, "field")) {
                switch (f.getAttribute("name")) {
                    case "diameter.cmd.code" -> code = Long.parseLong(f.getAttribute("show"));
                    case "diameter.applicationId" -> app = Long.parseLong(f.getAttribute("show"));
                    case "diameter.flags" -> request = (Long.decode(f.getAttribute("show")) & 0x80) != 0;
                    case "diameter.avp" -> avps.add(avp(f));
                    default -> { }
                }
            }
            return new DissectedMessage(frame, code, app, request, avps, experts);
        }

        private static DissectedMessage.DissectedAvp avp(Element f) {
            long code = -1;
            long vendor = 0;
            for (Element c : children(f, "field")) {
                switch (c.getAttribute("name")) {
                    case "diameter.avp.code" -> code = Long.parseLong(c.getAttribute("show"));
                    case "diameter.avp.vendorId" -> vendor = Long.parseLong(c.getAttribute("show"));
                    default -> { }
                }
            }
            return new DissectedMessage.DissectedAvp(code, vendor, f.getAttribute("showname"), members(f));
        }

        /**
         * The members of a grouped AVP. Wireshark nests them in a field named after the AVP
         * ({@code diameter.Subscription-Id}), so every {@code diameter.avp} below this AVP that
         * is not itself inside a deeper AVP is a member.
         */
        private static List<DissectedMessage.DissectedAvp> members(Element avp) {
            List<DissectedMessage.DissectedAvp> out = new ArrayList<>();
            for (Element c : children(avp, "field")) {
                if ("diameter.avp".equals(c.getAttribute("name"))) {
                    out.add(avp(c));
                } else {
                    out.addAll(members(c));
                }
            }
            return out;
        }

        /** Every expert item of the packet, as "severity: protocol field: text". */
        private static List<String> experts(Element packet) {
            List<String> out = new ArrayList<>();
            NodeList fields = packet.getElementsByTagName("field");
            for (int i = 0; i < fields.getLength(); i++) {
                Element f = (Element) fields.item(i);
                if ("_ws.expert".equals(f.getAttribute("name"))) {
                    out.add(expertText(f));
                }
            }
            return out;
        }

        private static String expertText(Element expert) {
            String severity = "?";
            String message = expert.getAttribute("showname");
            for (Element c : children(expert, "field")) {
                switch (c.getAttribute("name")) {
                    case "_ws.expert.severity" -> severity = c.getAttribute("showname");
                    case "_ws.expert.message" -> message = c.getAttribute("show");
                    default -> { }
                }
            }
            return severity + " at " + where(expert) + ": " + message;
        }

        /** The innermost AVP (Wireshark's line for it) that holds {@code expert}, else its parent field. */
        private static String where(Element expert) {
            Element parent = (Element) expert.getParentNode();
            for (var n = expert.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
                if ("diameter.avp".equals(e.getAttribute("name"))) {
                    return e.getAttribute("showname");
                }
            }
            return parent.getAttribute("name");
        }

        private static List<Element> children(Element e, String tag) {
            List<Element> out = new ArrayList<>();
            for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && tag.equals(c.getTagName())) {
                    out.add(c);
                }
            }
            return out;
        }
    }
}
