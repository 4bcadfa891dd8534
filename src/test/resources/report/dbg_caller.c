/* The caller side for ReproCutterTest, built without the -mavx2 of dbg.c, so the inline is refused. */
int helper_sum(const int *v, int n);
int use_sum(const int *v, int n) { return helper_sum(v, n) + 1; }
