int c_seh(volatile int *p);
int c_seh_user(volatile int *p) { return c_seh(p) + 1; }
