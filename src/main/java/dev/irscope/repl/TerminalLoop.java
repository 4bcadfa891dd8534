package dev.irscope.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The thin JLine layer: prompt, history, completion, colour. Each command runs on a worker thread;
 * Ctrl-C while it runs abandons it (its result is never committed, see {@link Session#evaluate})
 * and returns to the prompt. Ctrl-C at the prompt clears the line; Ctrl-D leaves. Answers taller
 * than the screen go through {@link Pager}.
 */
final class TerminalLoop {
    static final String PROMPT = "irscope> ";

    private TerminalLoop() {}

    static int run(Session session, Map<String, String> env, String greeting) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            boolean color = Paint.enabled(true, terminal.getType(), env);
            Path history = HistoryFile.of(env, System.getProperty("user.home"));
            if (history.toAbsolutePath().getParent() != null) Files.createDirectories(history.toAbsolutePath().getParent());
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("irscope")
                    .completer(new ReplCompleter(session))
                    .variable(LineReader.HISTORY_FILE, history)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            PrintWriter out = terminal.writer();
            out.print(greeting);
            out.flush();
            ExecutorService pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "irscope-repl-command");
                t.setDaemon(true);
                return t;
            });
            try {
                while (true) {
                    String line;
                    try {
                        line = reader.readLine(Paint.prompt(PROMPT, color));
                    } catch (UserInterruptException e) {
                        continue;
                    } catch (EndOfFileException e) {
                        break;
                    }
                    Session.Pending p = runCancellably(terminal, pool, session, line);
                    if (p == null) {
                        out.println("cancelled");
                        out.flush();
                        continue;
                    }
                    session.commit(p);
                    String shown = Paint.reply(p.reply(), color);
                    Optional<String> pager = Pager.command(env);
                    boolean paged = false;
                    if (pager.isPresent() && Pager.tooLong(shown, terminal.getHeight())) {
                        out.flush();
                        terminal.pause(); // the pager owns the terminal until it quits
                        try {
                            paged = Pager.page(shown, pager.get());
                        } finally {
                            terminal.resume();
                        }
                    }
                    if (!paged) out.print(shown);
                    out.flush();
                    if (p.reply().isQuit()) break;
                }
            } finally {
                pool.shutdownNow();
                reader.getHistory().save();
            }
        }
        return 0;
    }

    /** The command's result, or null if the user pressed Ctrl-C while it ran. */
    private static Session.Pending runCancellably(Terminal terminal, ExecutorService pool, Session session, String line) {
        Future<Session.Pending> f = pool.submit(() -> session.evaluate(line));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> f.cancel(true));
        try {
            return f.get();
        } catch (CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return session.unchanged(Reply.error("internal error: " + e.getCause()));
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }
}
