/* C side of the lto-rust-c set: small helpers Rust calls across the
 * language boundary, and one that calls back into Rust. */
#include <stddef.h>
#include <stdint.h>

uint32_t rust_mix(uint32_t acc, uint32_t v); /* defined in Rust (lib.rs) */

static inline int clamp_int(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

int c_add(int a, int b)
{
	return a + b;
}

int c_clamp_byte(int v)
{
	return clamp_int(v, 0, 255);
}

uint32_t c_checksum(const uint8_t *p, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 16777619u;
	}
	return h;
}

/* C -> Rust: folds the values with the Rust mixer. */
uint32_t c_fold(const uint32_t *v, size_t n)
{
	uint32_t acc = 0;
	for (size_t i = 0; i < n; i++)
		acc = rust_mix(acc, v[i]);
	return acc;
}

/* C calls a Rust function through a pointer it is given. */
int c_apply(int (*f)(int), int x)
{
	return f(x) + 1;
}
