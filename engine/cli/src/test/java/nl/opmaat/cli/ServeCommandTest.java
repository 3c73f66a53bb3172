package nl.opmaat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code opmaat serve} refusing a port; starting and stopping it with the real plugin jars is ServeWithPluginsTest. */
class ServeCommandTest {

    @Test
    void aPortInUseIsExitTwoWithADutchSentenceAndNoStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            CliRun run = CliRun.of("serve", CliRun.plan("voorbeeld"), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("Poort " + taken.getLocalPort() + " is al in gebruik"), run.err());
            assertTrue(run.err().contains("--port"), "says what to do");
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsExitTwo() {
        CliRun run = CliRun.of("serve", CliRun.plan("voorbeeld"), "--port", "70000");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Poort 70000 bestaat niet"), run.err());
    }
}
