package dev.irscope.repl;

import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's side of completion: {@link Completion}'s candidates, and file names where a command takes files. */
final class ReplCompleter implements Completer {
    private final Session session;
    private final Completer files = new Completers.FileNameCompleter();

    ReplCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        Completion.Slot slot = Completion.slot(line.line(), line.cursor());
        if (slot.arg().filter(a -> a == Verb.Arg.FILE).isPresent()) {
            files.complete(reader, line, candidates);
            return;
        }
        for (String c : Completion.candidates(session, line.line(), line.cursor())) {
            boolean more = c.endsWith("=") || c.endsWith("(");
            candidates.add(new Candidate(c, c, null, null, null, null, !more));
        }
    }
}
