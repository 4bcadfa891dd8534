/* The same helpers without -fsemantic-interposition (a second C unit). */
int c_inc(int x) { return x + 1; }
