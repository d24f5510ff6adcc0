package io.pcrfd.pcrf.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a node's YAML file into a validated {@link NodeConfig}: parse, apply environment
 * overrides, bind strictly onto the defaults, resolve relative file names against the file's
 * directory, check that the files it names can be read. Any mistake is one
 * {@link ConfigException} whose message is a single line starting with the key's path.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ConfigLoader() {
    }

    /** Loads {@code file} with the given environment (pass {@code System.getenv()} in main). */
    public static NodeConfig load(Path file, Map<String, String> env) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the configuration file: " + FileChecks.reason(e));
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            return load(text, dir, env);
        } catch (ConfigException e) {
            throw e.path().startsWith(EnvOverrides.PREFIX) ? e : e.inFile(file.toString());
        }
    }

    /** The embedded defaults with the environment applied: what {@code pcrfd run} uses with no file. */
    public static NodeConfig defaults(Map<String, String> env) {
        return load("", null, env);
    }

    /** Loads YAML {@code text}; relative file names resolve against {@code dir} (null: as given). */
    public static NodeConfig load(String text, Path dir, Map<String, String> env) {
        ObjectNode root = parse(text);
        EnvOverrides.apply(root, NodeConfig.class, env);
        NodeConfig config = RecordBinder.bind(root, NodeConfig.class, "");
        NodeConfig resolved = dir == null ? config : config.resolveAgainst(dir);
        FileChecks.check(resolved);
        return resolved;
    }

    /** Parses one YAML document; an empty document is an empty mapping. */
    public static ObjectNode parse(String text) {
        JsonNode node;
        try {
            node = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException("", "not valid YAML" + where(e.getLocation()) + ": " + oneLine(e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new ConfigException("", "the document must be a mapping of keys, got " + RecordBinder.describe(node));
        }
        return obj;
    }

    /**
     * The parser's message on one line: SnakeYAML indents its source excerpts and positions,
     * so the unindented lines are the sentences.
     */
    private static String oneLine(String message) {
        return String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .map(String::trim).limit(3).toList());
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

}
