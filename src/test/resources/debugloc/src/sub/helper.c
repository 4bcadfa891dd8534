/* A callee built with a feature the callers lack: LLVM refuses to inline it. */
__attribute__((target("avx2"))) int helper(int x) { return x * 3 + 1; }
