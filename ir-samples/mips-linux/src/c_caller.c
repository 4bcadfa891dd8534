/* C callers of the C helpers in helpers.c (mips-linux set): the same-language
 * control.  Both sides are built by clang-19, so identical flags give
 * identical "target-cpu"/"target-features" strings. */
int c_add(int a, int b);
long long c_atomic_inc(long long *p);
int c_add3(int a, int b, int c) { return c_add(c_add(a, b), c); }
long long c_counter_inc(long long *p) { return c_atomic_inc(p); }
