package io.pcrfd.pcrf.runtime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One startup line for an operator whose kernel offers transparent huge pages only on request
 * ({@code /sys/kernel/mm/transparent_hugepage/enabled} reads {@code always [madvise] never}, the
 * default of Debian and Ubuntu) while the JVM was started without
 * {@code -XX:+UseTransparentHugePages}: the Java heap then stays on 4 KiB pages, and the
 * session store's large tables (usage totals, closed contexts) cost a TLB miss on nearly every
 * lookup. The flag cut the CPU per Gx request by 6-16 % in this project's runs of sessions with
 * a fresh subscriber each (README, "Performance"). A jar cannot set its own JVM options, so the
 * daemon says so once instead.
 *
 * <p>Nothing is said when the kernel gives huge pages to every process ({@code [always]}, the
 * heap gets them without the flag), when it gives none ({@code [never]}, the flag would only
 * print the JVM's own warning), when the file is missing (not Linux) or when the JVM cannot
 * tell its options (no {@code jdk.management} module).
 */
public final class HugePagesHint {
    static final Path THP_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    static final String FLAG = "UseTransparentHugePages";

    private HugePagesHint() {
    }

    /** The line to log on this machine and JVM, if any. */
    public static Optional<String> here() {
        return hint(mode(THP_MODE), flagSet());
    }

    /**
     * The line for a kernel mode file reading {@code modeFile} (null when absent) and a JVM
     * whose {@code UseTransparentHugePages} is {@code flagSet} (null when unknown).
     */
    static Optional<String> hint(String modeFile, Boolean flagSet) {
        if (modeFile == null || flagSet == null || flagSet || !modeFile.contains("[madvise]")) {
            return Optional.empty();
        }
        return Optional.of("memory: the kernel gives transparent huge pages only to processes that ask "
                + "(" + THP_MODE + ": " + modeFile.strip() + ") and this JVM does not: start it with -XX:+"
                + FLAG + " for fewer TLB misses in the session store's tables (6-16 % less CPU per request "
                + "under load in our runs; README, \"Performance\")");
    }

    private static String mode(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static Boolean flagSet() {
        try {
            return Boolean.valueOf(ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(FLAG).getValue());
        } catch (RuntimeException | LinkageError e) {
            return null; // no such option (another VM) or no jdk.management module
        }
    }
}
