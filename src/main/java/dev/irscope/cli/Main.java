package dev.irscope.cli;

/** Entry point; replaced by the picocli command tree. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("irscope 0.1.0");
    }
}
