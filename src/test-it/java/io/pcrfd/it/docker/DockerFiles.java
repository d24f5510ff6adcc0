package io.pcrfd.it.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** docker/Dockerfile and docker/compose.yaml as the tests read them (from src/test-it, the repository is ../..). */
public final class DockerFiles {
    public static final Path ROOT = Path.of("..", "..");
    public static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    public static final Path COMPOSE = ROOT.resolve("docker/compose.yaml");

    private DockerFiles() {
    }

    /** One Dockerfile instruction: its stage (the {@code AS} name), keyword and arguments. */
    public record Instruction(String stage, String keyword, String arguments) {
    }

    /** Every instruction, continuation lines joined, comments dropped. */
    public static List<Instruction> instructions() {
        return instructions(read(DOCKERFILE));
    }

    /** The instructions of a Dockerfile's text. */
    public static List<Instruction> instructions(String dockerfile) {
        List<Instruction> out = new ArrayList<>();
        String stage = "";
        StringBuilder pending = new StringBuilder();
        for (String line : dockerfile.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("#") || t.isEmpty() && pending.isEmpty()) {
                continue;
            }
            pending.append(t.endsWith("\\") ? t.substring(0, t.length() - 1) + " " : t);
            if (t.endsWith("\\")) {
                continue;
            }
            String[] parts = pending.toString().split("\\s+", 2);
            pending.setLength(0);
            String keyword = parts[0].toUpperCase();
            String args = parts.length > 1 ? parts[1].strip() : "";
            if (keyword.equals("FROM")) {
                String[] from = args.split("\\s+");
                stage = from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : "";
            }
            out.add(new Instruction(stage, keyword, args));
        }
        return out;
    }

    /** The arguments of every instruction of {@code stage} with {@code keyword}. */
    public static List<String> arguments(String stage, String keyword) {
        return instructions().stream().filter(i -> i.stage().equals(stage) && i.keyword().equals(keyword))
                .map(Instruction::arguments).toList();
    }

    /** The ENV of the runtime stages ({@code runtime-base}), as a map. */
    public static Map<String, String> imageEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String args : arguments("runtime-base", "ENV")) {
            for (String pair : args.split("\\s+")) {
                int eq = pair.indexOf('=');
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return env;
    }

    /** The HEALTHCHECK's command, in its exec form. */
    public static List<String> healthCheckCommand() {
        String hc = arguments("runtime-base", "HEALTHCHECK").get(0);
        String json = hc.substring(hc.indexOf("CMD ") + 4).strip();
        try {
            return Arrays.asList(new ObjectMapper().readValue(json, String[].class));
        } catch (IOException e) {
            throw new AssertionError("HEALTHCHECK CMD is not exec-form JSON: " + json, e);
        }
    }

    /** docker/compose.yaml with its anchors and merge keys resolved. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> compose() {
        return (Map<String, Object>) new Yaml().load(read(COMPOSE));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
