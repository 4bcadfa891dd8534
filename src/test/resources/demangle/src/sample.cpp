#include <vector>
#include <map>
#include <string>
#include <memory>
#include <functional>
#include <algorithm>
#include <iostream>
#include <array>
#include <utility>

namespace geo { namespace detail {
struct Vec2 { double x, y;
  Vec2 operator+(const Vec2& o) const { return {x + o.x, y + o.y}; }
  Vec2& operator+=(const Vec2& o) { x += o.x; y += o.y; return *this; }
  Vec2 operator-() const { return {-x, -y}; }
  bool operator==(const Vec2& o) const { return x == o.x && y == o.y; }
  bool operator<(const Vec2& o) const { return x < o.x; }
  double operator[](int i) const { return i ? y : x; }
  double operator()(double s) const { return s * x; }
  explicit operator bool() const { return x != 0; }
  void* operator new(unsigned long n) { return ::operator new(n); }
  void operator delete(void* p) { ::operator delete(p); }
};
} // namespace detail
template <typename T, int N> struct Poly {
  std::array<T, N> pts;
  Poly() {}
  virtual ~Poly() {}
  virtual T sum() const { T s{}; for (auto& p : pts) s += p; return s; }
  template <typename F> void each(F f) { for (auto& p : pts) f(p); }
  static int count() { return N; }
};
class Shape { public: virtual ~Shape() = default; virtual double area() const = 0; };
class Circle : public Shape { public: double r; explicit Circle(double r) : r(r) {} double area() const override { return 3.14 * r * r; } };
} // namespace geo

namespace {
int hidden(int a, char b, unsigned long c) { return a + b + (int)c; }
struct Anon { int v; };
}

template <typename T> T maxOf(T a, T b) { return a < b ? b : a; }
template <typename T, typename U> auto pairUp(T t, U u) -> std::pair<T, U> { return {t, u}; }
template <int I> int constant() { return I; }
template <bool B> bool boolean() { return B; }
template <char C> char character() { return C; }
int takesFnPtr(int (*f)(int, int), void (*g)(), double (&arr)[4], const volatile int* cv, int** pp, long long ll, unsigned short us, signed char sc, wchar_t wc, char16_t c16, char32_t c32, float fl, long double ld, bool bo, __int128 i128, unsigned __int128 u128) { return f(1, 2) + (int)arr[0] + *cv + **pp + (int)ll + us + sc + wc + c16 + c32 + (int)fl + (int)ld + bo + (int)i128 + (int)u128; }
int varargs(const char* fmt, ...) { return fmt[0]; }
int memptr(double geo::detail::Vec2::* mp, double (geo::Circle::*mf)() const) { return mp ? 1 : 0 + (mf ? 1 : 0); }
void refs(std::string&& s, const std::string& t, std::vector<std::string>* v) { v->push_back(s + t); }
int statics() { static int counter = 0; static std::string name = "x"; struct Local { static int f() { return 3; } }; return ++counter + Local::f() + (int)name.size(); }
std::function<int(int)> makeAdder(int n) { return [n](int x) { return x + n; }; }
int use() {
  geo::detail::Vec2 a{1, 2}, b{3, 4};
  auto c = a + b; c += a; auto d = -c; bool eq = (c == d); double idx = c[1]; double call = c(2.0);
  geo::detail::Vec2* heap = new geo::detail::Vec2{5, 6}; delete heap;
  geo::Poly<int, 3> p; geo::Poly<double, 2> q; p.each([](int& x) { x = 1; });
  std::vector<geo::detail::Vec2> vs{a, b}; std::sort(vs.begin(), vs.end());
  std::map<std::string, std::vector<int>> m; m["k"].push_back(1);
  auto sp = std::make_shared<geo::Circle>(2.0); std::unique_ptr<geo::Shape> up(new geo::Circle(1.0));
  auto f = makeAdder(3);
  std::vector<std::string> strs; refs("a", "b", &strs);
  int iv = 0; int* ip = &iv; double arr[4] = {1, 2, 3, 4}; volatile int vi = 0;
  int r = takesFnPtr([](int x, int y) { return x + y; }, []() {}, arr, &vi, &ip, 1, 2, 3, L'w', u'x', U'y', 1.f, 2.0L, true, 1, 2);
  Anon an{hidden(1, 'c', 2)};
  return r + an.v + maxOf(1, 2) + (int)maxOf(1.5, 2.5) + pairUp('a', 2L).second + constant<42>() + constant<-7>() + boolean<true>() + character<'z'>()
    + eq + (int)idx + (int)call + p.sum() + (int)q.sum() + geo::Poly<int, 3>::count() + (int)sp->area() + (int)up->area() + f(1) + statics() + varargs("%d", 1)
    + memptr(&geo::detail::Vec2::x, &geo::Circle::area) + (bool)a;
}
int main() { std::cout << use() << std::endl; return 0; }
