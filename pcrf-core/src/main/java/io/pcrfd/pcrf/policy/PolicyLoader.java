package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.RecordBinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a policy file with the same strictness as the node configuration: unknown keys, wrong
 * types and impossible values are one {@link ConfigException} naming the file and the key's
 * path ({@code policy.yaml: plans.gold.rules[1].then.defaultQos.qci: the default bearer needs a
 * non-GBR QCI ...}).
 */
public final class PolicyLoader {
    /** The classpath resource of the embedded default policy. */
    public static final String DEFAULT_RESOURCE = "/io/pcrfd/pcrf/policy/default-policy.yaml";

    private PolicyLoader() {
    }

    /** Loads {@code file}; {@code null} loads the embedded default policy. */
    public static Policy load(Path file) {
        if (file == null) {
            return loadDefault();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "cannot read the policy file: no such file");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the policy file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** The embedded default policy. */
    public static Policy loadDefault() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedded policy " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "embedded default policy");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Parses policy YAML; {@code source} names it in error messages. */
    public static Policy parse(String text, String source) {
        try {
            return RecordBinder.bind(ConfigLoader.parse(text), Policy.class, "");
        } catch (ConfigException e) {
            throw e.inFile(source);
        }
    }
}
