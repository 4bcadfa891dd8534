int g = 3;
static int helper(int x) { return x * g; }
int __attribute__((noinline)) foo(int x) { return helper(x) + 1; }
extern int bar(int);
int main(int argc, char **argv) { return foo(argc) + bar(argc); }
