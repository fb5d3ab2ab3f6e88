package brief.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code brief} command: one subcommand per verb. Exit 0 on success, 1 on bad input, 2 on misuse, 3 on an internal error ({@link Errors}). */
@Command(name = "brief", mixinStandardHelpOptions = true, version = "brief 0.1.0",
        description = "Korean policy briefs (PDF) into searchable text and checkable facts.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
                FidelityCommand.class, SearchEvalCommand.class, ServeCommand.class, BenchCommand.class, ExportCommand.class,
                EvalCommand.class, EvalNerCommand.class, TrainCommand.class, EngineBenchCommand.class,
                EngineLoadCommand.class, OcrBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@return a command line wired to UTF-8 output and one-line errors} */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        return cl;
    }

    /**
     * The list of commands in {@code brief help}: each with the first whole sentence of its description.
     * Picocli's own list shows the first line of the description array, which a long description wraps
     * mid-sentence ("... against its hand-restored reference,").
     */
    private static String commandList(CommandLine.Help help) {
        StringBuilder out = new StringBuilder();
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
                new CommandLine.Help.Column(15, 2, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(help.commandSpec().usageMessage().width() - 15, 2,
                        CommandLine.Help.Column.Overflow.WRAP));
        help.subcommands().forEach((name, sub) -> {
            if (!sub.commandSpec().usageMessage().hidden()) {
                table.addRowValues(name, firstSentence(String.join(" ", sub.commandSpec().usageMessage().description())));
            }
        });
        return out.append(table).toString();
    }

    /** {@return the text up to its first full stop before a space or the end, the whole text if none} */
    static String firstSentence(String text) {
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("\\.(\\s|$)").matcher(text);
        return (end.find() ? text.substring(0, end.start() + 1) : text).strip();
    }

    /**
     * Held so the level sticks. Lucene reports on its vector support (the incubating Vector API) on
     * every start; brief does no vector search, so the launcher leaves that module out (the JVM would
     * print its own warning on every run) and this quiets Lucene's note about it.
     */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        Preload.start(args);
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
