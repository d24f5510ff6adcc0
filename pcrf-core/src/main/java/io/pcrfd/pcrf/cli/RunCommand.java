package io.pcrfd.pcrf.cli;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.runtime.HugePagesHint;
import io.pcrfd.pcrf.runtime.LogFormat;
import io.pcrfd.pcrf.runtime.LogLevels;
import io.pcrfd.pcrf.runtime.Roles;
import io.pcrfd.pcrf.runtime.RunningNode;
import io.pcrfd.pcrf.runtime.TerminationSignals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pcrfd run}: loads the configuration ({@code --config}, else the file {@code PCRFD_CONFIG}
 * names, else the embedded defaults), starts the role it
 * names, prints one line saying where it listens (and logs {@link HugePagesHint}'s line where
 * it has one), and runs until SIGTERM/SIGINT, which shut
 * it down gracefully (DPR to peers, requests in flight finished within the grace period,
 * the store snapshot written). Exit 0 after a clean stop, 1 when the stop could not write the
 * snapshot (the node logged why).
 */
@Command(name = "run", description = "Run the node described by a configuration file "
        + "(with no file: a PCRF on the embedded defaults, Diameter on port 3868).")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    /** The launcher's variable naming the configuration file when {@code --config} is not given. */
    static final String CONFIG_VARIABLE = "PCRFD_CONFIG";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "The node's YAML configuration (see config/pcrf.yaml); without it, the file "
                    + "PCRFD_CONFIG names, else the embedded defaults. Environment variables "
                    + "PCRFD_<KEY_PATH> override its keys.")
    Path config;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long requests in flight may take to finish at shutdown (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        Path file = config != null ? config : configFromEnvironment(env);
        NodeConfig node = file == null ? ConfigLoader.defaults(env) : ConfigLoader.load(file, env);
        LogFormat.apply(node.logging());
        LogLevels.apply(node.logging());
        RunningNode running = Roles.find(node.role()).start(node);
        Duration grace = Duration.ofSeconds(graceSeconds);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.shutdown(grace), "pcrfd-shutdown"));
        TerminationSignals.onTerminate(() -> running.shutdown(grace));
        spec.commandLine().getOut().println(running.describe());
        spec.commandLine().getOut().flush();
        HugePagesHint.here().ifPresent(LOG::info);
        running.awaitTermination();
        return running.stopFailure().isPresent() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** {@code PCRFD_CONFIG}, the container's way to name the mounted file (docker/compose.yaml). */
    static Path configFromEnvironment(Map<String, String> env) {
        String named = env.get(CONFIG_VARIABLE);
        return named == null || named.isBlank() ? null : Path.of(named);
    }
}
