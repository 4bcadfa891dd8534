struct A { virtual int f(int); virtual ~A(); };
struct B : A { int f(int) override; };
int A::f(int x) { return x; }
A::~A() {}
int B::f(int x) { return x + 2; }
int call(A *a) { return a->f(3); }
A *make() { return new B; }
