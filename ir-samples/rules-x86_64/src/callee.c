/* Callees for the rules-x86_64 set.  ATTR (set with -DATTR=...) is put on
 * every function so that a source-level attribute can be tested with the
 * same body; per-rule compiler flags are given by generate.sh. */
#ifndef ATTR
#define ATTR
#endif

struct point { int x; int y; };

ATTR int c_add(int a, int b) { return a + b; }

ATTR int c_point_x(const struct point *p) { return p->x; }

ATTR float c_lerp(float a, float b, float t) { return a + (b - a) * t; }
