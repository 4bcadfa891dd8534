/* C helpers called from Rust (riscv64-linux set).  No headers: built with
 * -nostdinc, so only compiler builtins are used. */
int c_add(int a, int b) { return a + b; }

/* Atomic read-modify-write (needs the A extension). */
long c_atomic_inc(long *p) { return __atomic_add_fetch(p, 1, __ATOMIC_RELAXED); }
