/* A static function reachable only through a table of function pointers; it calls Rust. */
int r_keep_add(int a);
int c_keep_inc(int x) { return x + 1; }
static int c_keep_cb(int x) { return r_keep_add(x) * 3; }
int (*const c_keep_table[])(int) = { c_keep_cb };
