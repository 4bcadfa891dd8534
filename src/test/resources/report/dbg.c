/* Input for ReproCutterTest: debug info, a global, a static callee, a loop with metadata. */
static int counter;
static const char greeting[] = "hello";

__attribute__((noinline)) static int bump(int by) { counter += by; return counter; }

int helper_sum(const int *v, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += v[i] * greeting[i % 5];
    return s + bump(n);
}
