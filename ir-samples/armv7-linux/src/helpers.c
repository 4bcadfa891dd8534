/* C helpers called from Rust (armv7-linux set).  No headers: built with
 * -nostdinc, so only compiler builtins are used. */
int c_add(int a, int b) { return a + b; }

/* Atomic read-modify-write (ldrex/strex loop on ARMv7). */
int c_atomic_inc(int *p) { return __atomic_add_fetch(p, 1, __ATOMIC_RELAXED); }
