package dev.irscope.subtarget;

/** The target family of a triple, named as the table folders are. */
public final class Arch {
    private Arch() {}

    public static String of(String triple) {
        String a = triple.contains("-") ? triple.substring(0, triple.indexOf('-')) : triple;
        if (a.equals("x86_64") || a.matches("i[3-6]86") || a.equals("x86")) return "x86";
        if (a.startsWith("aarch64") || a.startsWith("arm64")) return "aarch64";
        if (a.startsWith("arm") || a.startsWith("thumb")) return "arm";
        if (a.startsWith("riscv")) return "riscv";
        if (a.startsWith("powerpc") || a.startsWith("ppc")) return "ppc";
        if (a.equals("s390x") || a.equals("systemz")) return "systemz";
        if (a.startsWith("loongarch")) return "loongarch";
        if (a.startsWith("wasm")) return "webassembly";
        if (a.startsWith("mips")) return "mips";
        if (a.startsWith("nvptx")) return "nvptx";
        if (a.equals("amdgcn") || a.equals("r600")) return "amdgpu";
        return a.isEmpty() ? "unknown" : a;
    }

    /** The CPU a subtarget uses when a function has no "target-cpu" (TargetMachine default in opt/LTO). */
    public static String defaultCpu(String triple) {
        String arch = of(triple);
        return switch (arch) {
            case "riscv" -> triple.startsWith("riscv32") ? "generic-rv32" : "generic-rv64";
            case "ppc" -> triple.startsWith("powerpc64le") ? "ppc64le" : triple.startsWith("powerpc64") ? "ppc64" : "generic";
            case "loongarch" -> triple.startsWith("loongarch32") ? "generic-la32" : "generic-la64";
            case "mips" -> triple.startsWith("mips64") ? "mips64" : "mips32";
            default -> "generic";
        };
    }

    /**
     * The CPU a target's Subtarget actually builds for a function's "target-cpu" (absent or not):
     * several map "generic" to the triple's default before reading the table, so a Rust
     * {@code "generic"} and a clang {@code "loongarch64"}-family default compare as the same CPU.
     * opt-22 (ir-samples rules-llvm22 cpu-*; the samples' loongarch64-linux): LoongArch
     * "generic" is generic-la64/generic-la32 (LoongArchSubtarget::initializeSubtargetDependencies);
     * PowerPC "generic" on a 64-bit triple is ppc64le/ppc64 (PPCSubtarget); MIPS "generic" is
     * mips64/mips32 by the triple (MIPS_MC::selectMipsCPU); RISC-V "generic" is generic-rv64/rv32
     * (RISCVSubtarget, also opt-19). AArch64, X86, SystemZ and WebAssembly have a real "generic".
     */
    public static String subtargetCpu(String triple, String cpu) {
        if (!cpu.isEmpty() && !cpu.equals("generic")) return cpu;
        return switch (of(triple)) {
            case "loongarch", "riscv", "mips" -> defaultCpu(triple);
            case "ppc" -> triple.startsWith("powerpc64") ? defaultCpu(triple) : cpu.isEmpty() ? defaultCpu(triple) : cpu;
            default -> cpu.isEmpty() ? defaultCpu(triple) : cpu;
        };
    }

    /**
     * Features the target machine adds from the triple before a function's own list. X86: the mode
     * bits and, on x86_64, {@code +sse2}. ARM (ARM_MC::ParseARMTriple): for a generic or absent CPU the triple's architecture ("armv7" gives
     * {@code +armv7-a}, which implies NEON and VFP3), and thumb mode for thumb triples.
     */
    public static String tripleFeatures(String triple, String cpu) {
        if (of(triple).equals("x86")) { // X86_MC::ParseX86Triple, the same in LLVM 14-22
            if (triple.endsWith("-code16")) return "-64bit-mode,-32bit-mode,+16bit-mode";
            return triple.startsWith("x86_64") ? "+64bit-mode,-32bit-mode,-16bit-mode,+sse2" : "-64bit-mode,+32bit-mode,-16bit-mode";
        }
        if (!of(triple).equals("arm")) return "";
        String a = triple.contains("-") ? triple.substring(0, triple.indexOf('-')) : triple;
        boolean thumb = a.startsWith("thumb");
        String v = a.replaceFirst("^(arm|thumb)(eb)?", "");
        StringBuilder fs = new StringBuilder();
        if (cpu.isEmpty() || cpu.equals("generic")) {
            String arch = armArch(v);
            if (!arch.isEmpty()) fs.append('+').append(arch);
        }
        if (thumb) fs.append(fs.length() > 0 ? "," : "").append("+thumb-mode,+v4t");
        return fs.toString();
    }

    /** ARM::parseArch's canonical name for a triple's sub-architecture ("v7" to "armv7-a"). */
    static String armArch(String v) {
        if (v.isEmpty()) return "";
        if (v.startsWith("v7neon") || v.equals("v7") || v.equals("v7a") || v.equals("v7-a")) return "armv7-a";
        if (v.matches("v7e-?m")) return "armv7e-m";
        if (v.matches("v7-?m")) return "armv7-m";
        if (v.matches("v7-?r")) return "armv7-r";
        if (v.matches("v8(\\.0)?-?a?")) return "armv8-a";
        if (v.matches("v8\\.[1-9]-?a")) return "armv" + v.substring(1, 4) + "-a";
        if (v.matches("v9(\\.[1-9])?-?a")) return "armv" + v.replaceAll("-?a$", "").substring(1) + "-a";
        if (v.matches("v6-?m")) return "armv6-m";
        if (v.matches("v[4-6][a-z0-9]*")) return "arm" + v;
        return "";
    }
}
