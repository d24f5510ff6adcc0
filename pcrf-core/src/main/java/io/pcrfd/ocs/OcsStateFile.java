package io.pcrfd.ocs;

import io.pcrfd.pcrf.node.OriginStateIds;
import io.pcrfd.pcrf.runtime.StartupException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * The Origin-State-Id the OCS announces (RFC 6733 §8.16). The OCS keeps its sessions in memory,
 * so every start is a restart with loss of state and must announce a higher value than the last
 * run did; clients (the PCRF's Sy client, gateways) then know to subscribe and open sessions
 * again. With {@code ocs.stateFile} the last value is kept in that file and the next one is
 * {@code max(last + 1, start time in seconds)}, so it grows even when the clock went back;
 * without it the start time alone is used.
 */
final class OcsStateFile {
    private OcsStateFile() {
    }

    /** The value to announce on this start; writes it to {@code file} first (null: none). */
    static long next(Path file, String originHost, Clock clock) {
        long fresh = OriginStateIds.fresh(clock);
        long id = file == null ? fresh : Math.max(fresh, last(file) + 1) & 0xFFFF_FFFFL;
        if (file != null) {
            write(file, id);
        }
        return OriginStateIds.announce(originHost, id, id);
    }

    private static long last(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            throw new StartupException("ocs.stateFile " + file + " is not usable (" + e.getMessage()
                    + "); remove it to start over");
        }
    }

    private static void write(Path file, long id) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(id) + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartupException("cannot write ocs.stateFile " + file + ": " + e.getMessage(), e);
        }
    }
}
