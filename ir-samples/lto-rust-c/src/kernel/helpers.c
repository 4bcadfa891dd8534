// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel-style C helpers for Rust, modelled on the rust/helpers/ C files of Linux.
 * Self-contained: no kernel headers (built with -nostdinc).
 *
 * __rust_helper is empty by default (exported, ordinary functions, as before
 * Linux 7.0).  With -DRUST_HELPER_ALWAYS it is __always_inline on an
 * exported (non-static) function, like the kernel's `#define __rust_helper
 * __always_inline` from the "Inline helpers into Rust without full LTO"
 * series.
 */
#ifdef RUST_HELPER_ALWAYS
#define __rust_helper __attribute__((__always_inline__))
#else
#define __rust_helper
#endif

typedef unsigned long size_t;
typedef _Bool bool;
#define MAX_ERRNO 4095
#define unlikely(x) __builtin_expect(!!(x), 0)

void *memcpy(void *dst, const void *src, size_t n);
size_t strlen(const char *s);

typedef struct { int counter; } atomic_t;
typedef struct { atomic_t refs; } refcount_t;
typedef struct { volatile unsigned int slock; } spinlock_t;

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	__atomic_fetch_add(&r->refs.counter, 1, __ATOMIC_RELAXED);
}

__rust_helper bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return __atomic_sub_fetch(&r->refs.counter, 1, __ATOMIC_ACQ_REL) == 0;
}

__rust_helper void rust_helper_spin_lock(spinlock_t *lock)
{
	while (__atomic_exchange_n(&lock->slock, 1, __ATOMIC_ACQUIRE))
		asm volatile("pause" ::: "memory");
}

__rust_helper void rust_helper_spin_unlock(spinlock_t *lock)
{
	asm volatile("" ::: "memory");	/* barrier() */
	__atomic_store_n(&lock->slock, 0, __ATOMIC_RELEASE);
}

__rust_helper void *rust_helper_ERR_PTR(long error)
{
	return (void *)error;
}

__rust_helper bool rust_helper_IS_ERR(const void *ptr)
{
	return unlikely((unsigned long)ptr >= (unsigned long)-MAX_ERRNO);
}

__rust_helper long rust_helper_PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

__rust_helper void rust_helper_memcpy(void *dst, const void *src, size_t n)
{
	memcpy(dst, src, n);
}

__rust_helper size_t rust_helper_strlen(const char *s)
{
	return strlen(s);
}
