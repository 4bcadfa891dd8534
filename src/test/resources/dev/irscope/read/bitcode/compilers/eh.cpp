// Small C++ unit: invoke, a personality, inline functions in comdats.
#include <stdexcept>
struct S { int v; S(int x) : v(x) {} ~S() {} };
inline int inl(int x) { static int n; return x + ++n; }
int may_throw(int x) { if (x < 0) throw std::runtime_error("neg"); return inl(x); }
int guarded(int x) {
  S s(x);
  try { return may_throw(x) + s.v; } catch (const std::exception &) { return -1; }
}
