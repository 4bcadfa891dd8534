package dev.irscope.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help that leads with what a user needs: the command's own options first, the eight resource
 * limits under their own heading after them, a short synopsis, and two or three examples per command.
 */
final class HelpLayout {
    private HelpLayout() {}

    /** Examples per command: the command line, then what it shows (checked to parse by UsageContractTest). */
    static final Map<String, List<String[]>> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("check", List.of(
                new String[] {"irscope check helpers.ll rust_kernel.ll", "every cross-unit call and what blocks it"},
                new String[] {"irscope check --llvm 19 --format json -o check.json build/", "a build folder under LLVM 19's rules, as JSON"},
                new String[] {"irscope check --format yaml a.ll b.ll -o remarks.yaml", "LLVM remark documents for opt-viewer"}));
        EXAMPLES.put("explain", List.of(
                new String[] {"irscope explain --caller kernel::c_str_len --callee rust_helper_strlen helpers.ll rust_kernel.ll",
                        "one call in full; names may be demangled"},
                new String[] {"irscope explain --format markdown --caller main --callee helper a.ll b.ll", "the same, for a bug tracker"}));
        EXAMPLES.put("diff", List.of(
                new String[] {"irscope diff ulib.ll ulib_avx2.ll", "what two units configure differently"},
                new String[] {"irscope diff --only blocking before.tgz after.tgz", "which calls a build change blocked or freed"},
                new String[] {"irscope diff --strip-components 1 --ignore tune-cpu build-a/ build-b/", "pair below the top folder, ignore one key"}));
        EXAMPLES.put("functions", List.of(
                new String[] {"irscope functions helpers.ll", "triple, producer and every function with its attributes"},
                new String[] {"irscope functions --format json attachments.tgz", "every unit of an archive, as JSON"},
                new String[] {"irscope functions -", "a unit (or compressed unit, or archive) on stdin"}));
        EXAMPLES.put("rules", List.of(
                new String[] {"irscope rules", "the whole catalogue"},
                new String[] {"irscope rules target.features", "one rule: what it reads, releases, LLVM's remark, fixes"},
                new String[] {"irscope rules --format markdown -o rules.md", "the catalogue as docs/rules.md shows it"}));
        EXAMPLES.put("report", List.of(
                new String[] {"irscope report helpers.ll rust_kernel.ll -o report.md", "a self-contained Markdown bug report"},
                new String[] {"irscope report --format text a.ll b.ll", "plain text at 72 columns, for a mailing list"},
                new String[] {"irscope report --bundle repro.tar.gz -o report.md a.ll b.ll", "plus a minimal .ll pair per blocked call"}));
        EXAMPLES.put("repl", List.of(
                new String[] {"irscope repl helpers.ll rust_kernel.ll", "explore interactively (help lists the commands)"},
                new String[] {"irscope repl a.ll b.ll < cmds.txt", "one command per line, answers only, exit 2 if any failed"}));
    }

    /** The options that bound reading inputs; real IR never needs them changed. */
    static boolean isLimit(OptionSpec o) {
        String n = o.longestName();
        return n.startsWith("--max-") || n.equals("--timeout");
    }

    /** Installs the grouped option list, short synopsis and examples on a command and its subcommands. */
    static void install(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandName();
            sub.getCommandSpec().usageMessage().abbreviateSynopsis(true);
            Map<String, CommandLine.IHelpSectionRenderer> sections = sub.getHelpSectionMap();
            sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
            List<String[]> examples = EXAMPLES.get(name);
            if (examples != null) {
                sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING, h -> "%nExamples:%n".formatted());
                sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> examples(examples));
            }
        }
        Map<String, CommandLine.IHelpSectionRenderer> top = cl.getHelpSectionMap();
        top.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING, h -> "%nExamples:%n".formatted());
        top.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> examples(List.of(
                EXAMPLES.get("check").get(0), EXAMPLES.get("explain").get(0), EXAMPLES.get("diff").get(1)))
                + "%nExit status: 0 nothing blocks, 1 something is blocked or differs, 2 bad usage or unreadable input.%n".formatted());
    }

    private static String examples(List<String[]> examples) {
        StringBuilder b = new StringBuilder();
        for (String[] e : examples) b.append("  ").append(e[0]).append('\n').append("      ").append(e[1]).append('\n');
        return b.toString();
    }

    private static String options(Help help) {
        List<OptionSpec> main = new ArrayList<>(), limits = new ArrayList<>();
        for (OptionSpec o : help.commandSpec().options()) {
            if (o.hidden()) continue;
            (isLimit(o) ? limits : main).add(o);
        }
        StringBuilder b = new StringBuilder(layout(help, main));
        if (!limits.isEmpty()) {
            b.append("%nResource limits (the defaults never reject real IR; docs/robustness.md):%n".formatted());
            b.append(layout(help, limits));
        }
        return b.toString();
    }

    private static String layout(Help help, List<OptionSpec> options) {
        Help.Layout layout = help.createDefaultLayout();
        for (OptionSpec o : options) layout.addOption(o, help.parameterLabelRenderer());
        return layout.toString();
    }
}
