package nl.opmaat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opmaat.serve.PreviewServer;
import nl.opmaat.serve.PreviewSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opmaat serve [<planmap>] [--port N]}: the live preview. Loads the plugins here ({@link PlanPlugins}, as the
 * other commands do), hands the checker to {@link PreviewServer}, and runs until Ctrl-C or
 * SIGTERM: a shutdown hook stops the server at once. A port in use is exit 2 with a Dutch sentence.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Toont het plan live in de browser, met de bevindingen op hun plaats; ververst bij elke opslag.")
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8765;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<planmap>",
            description = "Map met plan.yaml, of het bestand plan.yaml zelf (standaard: de werkmap).")
    Path plan;

    @Option(names = "--port", paramLabel = "<poort>", defaultValue = "" + DEFAULT_PORT,
            description = "Poort op 127.0.0.1 (standaard: ${DEFAULT-VALUE}; 0 kiest een vrije poort).")
    int port;

    @Mixin
    PlanPlugins plugins;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println(CliMessages.format("serve.port-range", String.valueOf(port)));
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        plan = PlanFolders.resolveSingle(plan);
        PreviewSetup setup = new PreviewSetup(plugins.checker(err), Version.current());
        PreviewServer server;
        try {
            server = PreviewServer.start(plan, port, setup);
        } catch (PreviewServer.PortInUse e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.UNUSABLE;
        }
        Thread stop = new Thread(server::close, "opmaat-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliMessages.format("serve.started", plan, String.valueOf(server.port())));
        out.println("    " + CliMessages.format("serve.stop-hint"));
        out.flush();
        server.awaitStop();
        return ExitCodes.CLEAN;
    }
}
