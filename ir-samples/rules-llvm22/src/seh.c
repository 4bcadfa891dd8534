/* MSVC structured exception handling: the filter reads a local of c_seh, so
   clang escapes it with llvm.localescape (x86_64-pc-windows-msvc). */
int c_filter(int code);
void c_may_fault(volatile int *p);
int c_seh(volatile int *p) {
  int r = 7;
  __try { c_may_fault(p); r = *p; } __except (c_filter(r)) { r = -1; }
  return r;
}
