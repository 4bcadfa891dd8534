int leaf_add(int a, int b) { return a + b; }
int helper2(int x) { return leaf_add(x, x); }
