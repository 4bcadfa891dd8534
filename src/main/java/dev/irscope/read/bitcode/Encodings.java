package dev.irscope.read.bitcode;

import dev.irscope.ir.Linkage;

/**
 * The small enumerations of the bitcode and their IR spellings: linkage (getDecodedLinkage, with
 * the retired values older bitcode still holds), visibility, DLL storage, unnamed_addr, calling
 * conventions (AsmWriter's PrintCallingConv) and cast opcodes.
 */
final class Encodings {
    private Encodings() {}

    static Linkage linkage(long v) {
        return switch ((int) Math.min(v, 100)) {
            case 2 -> Linkage.APPENDING;
            case 3 -> Linkage.INTERNAL;
            case 7 -> Linkage.EXTERN_WEAK;
            case 8 -> Linkage.COMMON;
            case 9, 13, 14 -> Linkage.PRIVATE; // 13, 14: the old linker_private kinds
            case 12 -> Linkage.AVAILABLE_EXTERNALLY;
            case 1, 16 -> Linkage.WEAK;
            case 10, 17 -> Linkage.WEAK_ODR;
            case 4, 18 -> Linkage.LINKONCE;
            case 11, 19 -> Linkage.LINKONCE_ODR;
            default -> Linkage.EXTERNAL; // 0, the old dllimport/dllexport 5/6, 15, and unknown values
        };
    }

    /** The old weak/linkonce values carried an implicit comdat named after the global (hasImplicitComdat). */
    static boolean implicitComdat(long v) {
        return v == 1 || v == 4 || v == 10 || v == 11;
    }

    static String visibility(long v) {
        return v == 1 ? "hidden" : v == 2 ? "protected" : "default";
    }

    static String dll(long v) {
        return v == 1 ? "dllimport" : v == 2 ? "dllexport" : "";
    }

    static String unnamedAddr(long v) {
        return v == 1 ? "unnamed_addr" : v == 2 ? "local_unnamed_addr" : "";
    }

    /** The calling convention as the header prints it; "" for the C convention. */
    static String callingConv(long cc) {
        return switch ((int) Math.min(cc, 10_000)) {
            case 0 -> "";
            case 8 -> "fastcc";
            case 9 -> "coldcc";
            case 10 -> "ghccc";
            case 13 -> "anyregcc";
            case 14 -> "preserve_mostcc";
            case 15 -> "preserve_allcc";
            case 16 -> "swiftcc";
            case 17 -> "cxx_fast_tlscc";
            case 18 -> "tailcc";
            case 19 -> "cfguard_checkcc";
            case 20 -> "swifttailcc";
            case 21 -> "preserve_nonecc";
            case 64 -> "x86_stdcallcc";
            case 65 -> "x86_fastcallcc";
            case 66 -> "arm_apcscc";
            case 67 -> "arm_aapcscc";
            case 68 -> "arm_aapcs_vfpcc";
            case 69 -> "msp430_intrcc";
            case 70 -> "x86_thiscallcc";
            case 71 -> "ptx_kernel";
            case 72 -> "ptx_device";
            case 75 -> "spir_func";
            case 76 -> "spir_kernel";
            case 77 -> "intel_ocl_bicc";
            case 78 -> "x86_64_sysvcc";
            case 79 -> "win64cc";
            case 80 -> "x86_vectorcallcc";
            case 81 -> "hhvmcc";
            case 82 -> "hhvm_ccc";
            case 83 -> "x86_intrcc";
            case 84 -> "avr_intrcc";
            case 85 -> "avr_signalcc";
            case 87 -> "amdgpu_vs";
            case 88 -> "amdgpu_gs";
            case 89 -> "amdgpu_ps";
            case 90 -> "amdgpu_cs";
            case 91 -> "amdgpu_kernel";
            case 92 -> "x86_regcallcc";
            case 93 -> "amdgpu_hs";
            case 95 -> "amdgpu_ls";
            case 96 -> "amdgpu_es";
            case 97 -> "aarch64_vector_pcs";
            case 98 -> "aarch64_sve_vector_pcs";
            case 100 -> "amdgpu_gfx";
            case 102 -> "aarch64_sme_preservemost_from_x0";
            case 103 -> "aarch64_sme_preservemost_from_x2";
            case 104 -> "amdgpu_cs_chain";
            case 105 -> "amdgpu_cs_chain_preserve";
            case 106 -> "m68k_rtdcc";
            case 107 -> "graalcc";
            case 110 -> "riscv_vector_cc";
            case 111 -> "aarch64_sme_preservemost_from_x1";
            default -> "cc " + cc;
        };
    }

    private static final String[] CASTS = {"trunc", "zext", "sext", "fptoui", "fptosi", "uitofp", "sitofp",
        "fptrunc", "fpext", "ptrtoint", "inttoptr", "bitcast", "addrspacecast", "ptrtoaddr"};

    static String cast(long opcode) {
        return opcode >= 0 && opcode < CASTS.length ? CASTS[(int) opcode] : "cast" + opcode;
    }

    static final int CAST_BITCAST = 11, CAST_ADDRSPACECAST = 12;
}
