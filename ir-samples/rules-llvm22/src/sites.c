/* One caller, three calls to the same Rust function, each with its own
   call-site attribute (C23 statement attributes, clang >= 15). */
int r_mul(int a, int b);
int c_sites(int x) {
  int a = r_mul(x, 3);
  int b;
  [[clang::noinline]] b = r_mul(x, 5);
  int c;
  [[clang::always_inline]] c = r_mul(x, 7);
  return a + b + c;
}
