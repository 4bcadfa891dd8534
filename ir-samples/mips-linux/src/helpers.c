/* C helpers called from Rust and from c_caller.c (mips-linux set).  No headers:
 * built with -nostdinc, so only compiler builtins are used. */
int c_add(int a, int b) { return a + b; }

/* Atomic read-modify-write on a 64-bit counter (long long: i64 on every target). */
long long c_atomic_inc(long long *p) { return __atomic_add_fetch(p, 1, __ATOMIC_RELAXED); }
