/* AArch64 return-address signing with PAuth-LR (+pc) on one side only. */
int leaf_add(int a, int b);
int helper(int x) { return leaf_add(x, 1) * 2; }
int caller(int x) { return helper(x) + 1; }
