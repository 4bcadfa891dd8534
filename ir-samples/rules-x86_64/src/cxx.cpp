// C++ callee with exceptions: has personality __gxx_personality_v0.
struct Tracer {
	int *p;
	~Tracer() { ++*p; }
};

extern "C" void cxx_may_throw(int x);

extern "C" int cxx_guarded(int x)
{
	int n = 0;
	try {
		Tracer t{&n};
		cxx_may_throw(x);
	} catch (...) {
		return -1;
	}
	return n;
}
