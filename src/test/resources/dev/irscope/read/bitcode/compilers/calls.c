/* Small C unit for the bitcode reader tests: direct, indirect, vararg, inline asm and
   computed-goto calls, an alias, struct arguments and a vector return. */
#include <stdarg.h>
#include <string.h>
struct pair { long a; void *b; };
typedef int v4 __attribute__((vector_size(16)));
int printf(const char *, ...);
extern int ext(struct pair p, int x);
static int helper(int x) { return x * 3 + 1; }
__attribute__((noinline)) int twice(int x) { return helper(x) + helper(x + 1); }
int sum(int n, ...) {
  va_list ap; va_start(ap, n); int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap); return s;
}
v4 vec(v4 a, v4 b) { return a + b; }
int call_ptr(int (*f)(int), int x) { return f(x) + twice(x); }
int use_asm(int x) { int y; __asm__ volatile("mov %1, %0" : "=r"(y) : "r"(x)); return y; }
int dispatch(int op) {
  static void *table[] = {&&add, &&sub};
  int v = 0;
  goto *table[op & 1];
add: v += 1; return v;
sub: v -= 1; return v;
}
int pass(struct pair p) { return ext(p, sum(3, 1, 2, 3)) + printf("%ld\n", p.a); }
int aliased(int x) __attribute__((alias("twice")));
void copy(char *d, const char *s, unsigned long n) { memcpy(d, s, n); }
