int c_plain(int x) { return x * 3; }
