// -fsanitize=function: a prologue with constant expressions naming an unnamed global (@0).
void f() {}
void g(void (*p)()) { p(); }
