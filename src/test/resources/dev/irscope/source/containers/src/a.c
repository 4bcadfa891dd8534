int b_add(int x, int y);
int a_twice(int x) { return b_add(x, x); }
