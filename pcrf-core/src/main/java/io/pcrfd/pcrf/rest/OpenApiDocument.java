package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A server's OpenAPI 3.0 document: the operations routes every server has
 * ({@code operations-openapi.json} next to this class) merged with the role's own document
 * (paths and component schemas), with the build's version. The documents are hand-written JSON
 * resources; the OpenAPI tests of each server check them against its {@link Routes}.
 */
public final class OpenApiDocument {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String OPERATIONS = "operations-openapi.json";

    private OpenApiDocument() {
    }

    /**
     * The operations document merged with the resource {@code name} next to {@code anchor}.
     *
     * @throws IllegalStateException when a resource is missing or both define one path (a build mistake)
     */
    public static ObjectNode of(Class<?> anchor, String name) {
        ObjectNode doc = read(anchor, name);
        ObjectNode ops = read(OpenApiDocument.class, OPERATIONS);
        merge(doc.withObjectProperty("paths"), ops.withObjectProperty("paths"));
        merge(doc.withObjectProperty("components").withObjectProperty("schemas"),
                ops.withObjectProperty("components").withObjectProperty("schemas"));
        String version = anchor.getPackage().getImplementationVersion();
        doc.withObjectProperty("info").put("version", version == null ? "development build" : version);
        return doc;
    }

    /** Every operation {@code doc} describes, as {@code "GET /sessions/{sessionId}"}. */
    public static Set<String> operations(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> out.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return out;
    }

    /**
     * What does not fit between {@code doc} and the routes a server has: a route the document
     * lacks, a documented operation no route serves, a {@code $ref} that points nowhere. Empty
     * when the document is exact.
     */
    public static List<String> problems(JsonNode doc, List<Routes.Route> routes) {
        Set<String> documented = operations(doc);
        Set<String> routed = new TreeSet<>();
        routes.forEach(r -> routed.add(r.method() + " " + r.template()));
        List<String> out = new ArrayList<>();
        routed.stream().filter(r -> !documented.contains(r)).forEach(r -> out.add("not documented: " + r));
        documented.stream().filter(d -> !routed.contains(d)).forEach(d -> out.add("documented, not routed: " + d));
        danglingReferences(doc, doc, out);
        return out;
    }

    /** The statuses {@code doc} lists for one operation ({@code "default"} excluded). */
    public static Set<Integer> statuses(JsonNode doc, String method, String template) {
        Set<Integer> out = new TreeSet<>();
        doc.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses").fieldNames()
                .forEachRemaining(code -> {
                    if (code.matches("\\d{3}")) {
                        out.add(Integer.parseInt(code));
                    }
                });
        return out;
    }

    private static void danglingReferences(JsonNode doc, JsonNode node, List<String> out) {
        JsonNode ref = node.get("$ref");
        if (ref != null && (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode())) {
            out.add("$ref points nowhere: " + ref.asText());
        }
        node.elements().forEachRemaining(child -> danglingReferences(doc, child, out));
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (into.has(e.getKey())) {
                throw new IllegalStateException("OpenAPI: " + e.getKey() + " is defined twice");
            }
            into.set(e.getKey(), e.getValue());
        }
    }

    private static ObjectNode read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document " + name + " is not in the build");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
