package io.pcrfd.dra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.cli.ExitCodes;
import io.pcrfd.pcrf.cli.PcrfdMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcrfd run} with a bad DRA configuration: one line naming the file and key, exit 2. */
class DraBadConfigTest {

    @Test
    void aPoolWithAnUnknownRoutingTableIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("dra.yaml"), """
                role: dra
                diameter:
                  peers: [{host: pcrf1.example, address: 127.0.0.1, connect: true}]
                dra:
                  routingTables: [{name: main, routes: [{host: pcrf1.example}]}]
                  pools: [{name: default, routingTable: mian}]
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = PcrfdMain.execute(new PrintWriter(out), new PrintWriter(err), "run", "--config", file.toString());

        assertThat(code).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString().lines()).containsExactly("pcrfd: configuration error: " + file
                + ": dra.pools[0].routingTable: 'mian' is not one of dra.routingTables [main]");
    }
}
