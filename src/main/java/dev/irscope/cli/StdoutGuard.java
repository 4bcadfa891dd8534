package dev.irscope.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Makes a failed write to stdout ({@code > /dev/full}, a closed pipe) an error. PrintStream
 * swallows write errors and only remembers that one happened ({@link PrintStream#checkError}); the
 * stream installed here also remembers why, so the message can say "No space left on device".
 */
final class StdoutGuard {
    private StdoutGuard() {}

    private static volatile IOException failure;

    /** Replaces System.out with a buffered stream over fd 1 that records its first failure. */
    static void install() {
        OutputStream fd = new FilterOutputStream(new FileOutputStream(FileDescriptor.out)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    if (failure == null) failure = e;
                    throw e;
                }
            }
        };
        System.setOut(new PrintStream(new BufferedOutputStream(fd, 1 << 16), false, Charset.defaultCharset()));
    }

    /** Flushes stdout; false (after saying so on {@code err}) if anything written to it was lost. */
    static boolean check(PrintWriter err) {
        if (!System.out.checkError()) return true;
        IOException why = failure;
        err.println("irscope: error: cannot write to standard output"
                + (why == null || why.getMessage() == null ? "" : ": " + why.getMessage()));
        err.flush();
        return false;
    }
}
