/* CPU names as each Subtarget resolves them: a callee built for the default CPU. */
int c_cpu_add(int a, int b) { return a + b; }
