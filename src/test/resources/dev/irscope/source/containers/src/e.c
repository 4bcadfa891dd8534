int b_add(int x, int y);
int e_fat(int x) { return b_add(x, 7); }
