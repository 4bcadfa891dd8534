/* ... called from a unit built with another spelling of the same (or a wider) CPU. */
int c_cpu_add(int a, int b);
int c_cpu_use(int a) { return c_cpu_add(a, 3) * 2; }
