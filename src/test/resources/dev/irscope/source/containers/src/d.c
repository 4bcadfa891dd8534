int d_embedded(int x) { return x - 1; }
