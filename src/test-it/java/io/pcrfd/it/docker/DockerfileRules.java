package io.pcrfd.it.docker;

import io.pcrfd.it.docker.DockerFiles.Instruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hadolint rules (DL codes, hadolint's own rule list) that apply to a Dockerfile of this
 * project's shape, checked by hand because hadolint cannot be installed from the registries this
 * project's machines reach (docker/README.md says why). Each finding is {@code "DLxxxx: what"};
 * none means the file passes. Rules about package managers are here too, so that adding
 * {@code apt-get} later is held to them; rules that need a configuration (label schemas, trusted
 * registries) are not.
 */
final class DockerfileRules {
    private static final Pattern ARG_REF = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");
    private static final Pattern APT_INSTALL = Pattern.compile("apt-get\\s+(?:-\\S+\\s+)*install");
    private static final Pattern USERADD_UID = Pattern.compile("useradd\\b.*?(?:-u|--uid)[\\s=]+(\\d+)");

    private DockerfileRules() {
    }

    static List<String> findings(List<Instruction> all) {
        List<String> out = new ArrayList<>();
        Map<String, String> args = globalArgs(all);
        Set<String> stages = new HashSet<>();
        Map<String, Integer> perStage = new HashMap<>();
        for (Instruction i : all) {
            String a = i.arguments();
            switch (i.keyword()) {
                case "FROM" -> from(a, args, stages, out);
                case "WORKDIR" -> check(a.startsWith("/") || a.startsWith("$"), "DL3000: WORKDIR " + a + " is not absolute", out);
                case "RUN" -> run(i, all, out);
                case "ADD" -> out.add("DL3020: ADD " + a + ": use COPY for files and folders");
                case "COPY" -> copy(i, all, stages, out);
                case "CMD", "ENTRYPOINT" -> {
                    check(a.startsWith("["), "DL3025: " + i.keyword() + " " + a + " is not exec-form JSON", out);
                    once(i, perStage, i.keyword().equals("CMD") ? "DL4003" : "DL4004", out);
                }
                case "HEALTHCHECK" -> once(i, perStage, "DL3012", out);
                case "MAINTAINER" -> out.add("DL4000: MAINTAINER is deprecated");
                case "EXPOSE" -> expose(a, out);
                default -> { }
            }
        }
        lastUser(all, out);
        return out;
    }

    /** ARG defaults declared before the first FROM (what a FROM line may use). */
    private static Map<String, String> globalArgs(List<Instruction> all) {
        Map<String, String> args = new HashMap<>();
        for (Instruction i : all) {
            if (i.keyword().equals("FROM")) {
                break;
            }
            if (i.keyword().equals("ARG") && i.arguments().contains("=")) {
                String[] kv = i.arguments().split("=", 2);
                args.put(kv[0].strip(), kv[1].strip());
            }
        }
        return args;
    }

    /** DL3006 a tagged image, DL3007 not latest, DL3024 unique stage names. */
    private static void from(String a, Map<String, String> args, Set<String> stages, List<String> out) {
        String[] words = a.split("\\s+");
        String image = substitute(words[0], args);
        if (!stages.contains(image) && !image.equals("scratch")) {
            String lastPart = image.substring(image.lastIndexOf('/') + 1);
            check(lastPart.contains(":") || image.contains("@"), "DL3006: FROM " + image + " has no tag", out);
            check(!lastPart.endsWith(":latest"), "DL3007: FROM " + image + " uses latest", out);
        }
        if (words.length == 3) {
            check(stages.add(words[2]), "DL3024: stage name " + words[2] + " is used twice", out);
        }
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher m = ARG_REF.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(args.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(b).toString();
    }

    private static void run(Instruction i, List<Instruction> all, List<String> out) {
        String cmd = " " + i.arguments() + " ";
        check(!cmd.matches("(?s).*[\\s;&|(]cd\\s.*"), "DL3003: use WORKDIR, not cd: " + i.arguments(), out);
        check(!cmd.contains(" sudo "), "DL3004: sudo in RUN", out);
        if (APT_INSTALL.matcher(cmd).find()) {
            check(cmd.contains("--no-install-recommends"), "DL3015: apt-get install without --no-install-recommends", out);
            check(cmd.contains("rm -rf /var/lib/apt/lists/*"), "DL3009: apt lists not deleted in the same RUN", out);
            check(cmd.matches("(?s).*install\\s+(-\\S+\\s+)*\\S+=\\S+.*"), "DL3008: apt-get install without pinned versions", out);
        }
        Matcher uid = USERADD_UID.matcher(cmd);
        if (uid.find() && uid.group(1).length() > 5) {
            check(cmd.matches("(?s).*useradd\\b.*\\s(-l|--no-log-init)\\s.*"), "DL3046: useradd of a high UID without -l", out);
        }
        boolean pipe = cmd.replace("||", "").contains("|");
        check(!pipe || stage(i, all).stream().anyMatch(s -> s.keyword().equals("SHELL") && s.arguments().contains("pipefail")),
                "DL4006: RUN with a pipe and no SHELL with -o pipefail: " + i.arguments(), out);
    }

    /** DL3022 --from names an earlier stage; DL3045 a relative destination needs a WORKDIR first. */
    private static void copy(Instruction i, List<Instruction> all, Set<String> stages, List<String> out) {
        String[] words = i.arguments().split("\\s+");
        for (String w : words) {
            if (w.startsWith("--from=")) {
                String from = w.substring(7);
                check(stages.contains(from) || from.contains(":") || from.contains("/"),
                        "DL3022: COPY --from=" + from + " names no earlier stage", out);
            }
        }
        String dest = words[words.length - 1];
        boolean workdir = stage(i, all).stream().takeWhile(s -> s != i).anyMatch(s -> s.keyword().equals("WORKDIR"));
        check(dest.startsWith("/") || dest.startsWith("$") || workdir, "DL3045: COPY to " + dest + " without a WORKDIR", out);
    }

    private static void once(Instruction i, Map<String, Integer> perStage, String code, List<String> out) {
        int n = perStage.merge(i.stage() + "/" + i.keyword(), 1, Integer::sum);
        check(n == 1, code + ": more than one " + i.keyword() + " in stage " + i.stage(), out);
    }

    private static void expose(String a, List<String> out) {
        for (String port : a.split("\\s+")) {
            String number = port.split("/")[0];
            check(number.matches("\\d{1,5}") && Integer.parseInt(number) <= 65535, "DL3011: EXPOSE " + port, out);
        }
    }

    /** DL3002: the image the last stage builds does not run as root (USER inherited from its base stage too). */
    private static void lastUser(List<Instruction> all, List<String> out) {
        String stage = all.get(all.size() - 1).stage();
        String user = null;
        while (user == null && stage != null) {
            String current = stage;
            List<Instruction> of = all.stream().filter(i -> i.stage().equals(current)).toList();
            user = of.stream().filter(i -> i.keyword().equals("USER")).map(Instruction::arguments)
                    .reduce((x, y) -> y).orElse(null);
            String base = of.isEmpty() ? null : of.get(0).arguments().split("\\s+")[0];
            stage = all.stream().anyMatch(i -> i.stage().equals(base) && !base.isEmpty()) ? base : null;
        }
        check(user != null && !user.matches("(root|0)(:.*)?"), "DL3002: the final image runs as " + (user == null
                ? "root (no USER)" : user), out);
    }

    private static List<Instruction> stage(Instruction i, List<Instruction> all) {
        return all.stream().filter(s -> s.stage().equals(i.stage())).toList();
    }

    private static void check(boolean ok, String finding, List<String> out) {
        if (!ok) {
            out.add(finding);
        }
    }
}
