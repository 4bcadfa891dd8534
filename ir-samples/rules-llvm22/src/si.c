/* Built with -fPIC -fsemantic-interposition: the unit carries the module flag
   SemanticInterposition=1 and its global functions are not dso_local. */
int r_add(int a, int b);
int c_twice(int x) { return x * 2; }
int c_calls_rust(int x) { return r_add(x, 1) + 1; }
