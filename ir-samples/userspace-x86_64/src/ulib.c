/* A tiny userspace C library called from Rust (userspace-x86_64 set). */
#include <stddef.h>
#include <string.h>

struct point { int x; int y; };

typedef float v4f __attribute__((vector_size(16)));

int ul_add(int a, int b) { return a + b; }

int ul_clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

int ul_point_x(const struct point *p) { return p->x; }

float ul_lerp(float a, float b, float t) { return a + (b - a) * t; }

/* dot product of two 4-float arrays through a GCC vector type */
float ul_dot4(const float *a, const float *b)
{
	v4f va, vb, m;
	memcpy(&va, a, sizeof va);
	memcpy(&vb, b, sizeof vb);
	m = va * vb;
	return m[0] + m[1] + m[2] + m[3];
}

void ul_copy(void *dst, const void *src, size_t n) { memcpy(dst, src, n); }

size_t ul_len(const char *s) { return strlen(s); }
