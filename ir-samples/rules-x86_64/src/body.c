/* Callees whose *body* decides (rules-x86_64 set). */
#include <stdarg.h>
#include <setjmp.h>
#include <string.h>

typedef float v4f __attribute__((vector_size(16)));

/* varargs callee that uses va_start */
int c_varargs(int n, ...)
{
	va_list ap;
	int s = 0;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

/* calls setjmp (returns_twice) inside the callee */
static jmp_buf env;
int c_setjmp(int x)
{
	if (setjmp(env))
		return -1;
	return x + 1;
}

/* computed goto -> indirectbr */
int c_indirectbr(int i)
{
	static void *const tbl[] = { &&one, &&two };
	goto *tbl[i & 1];
one:
	return 10;
two:
	return 20;
}

/* the kernel's _THIS_IP_ (include/linux/instruction_pointer.h): a label's
 * address taken with no indirect goto, so no indirectbr, only blockaddress */
#define _THIS_IP_ ({ __label__ __here; __here: (unsigned long)&&__here; })
unsigned long c_ip_seen;
int c_this_ip(int x)
{
	c_ip_seen = _THIS_IP_;
	return x + 1;
}

/* X86 ABI check: a call passing a vector by value to a (noinline) function */
__attribute__((noinline)) float c_vec_inner(v4f v) { return v[0] + v[1] + v[2] + v[3]; }
float c_vec_outer(const float *p)
{
	v4f v;
	memcpy(&v, p, sizeof v);
	return c_vec_inner(v);
}

/* same shape with a scalar argument: not subject to the ABI check */
__attribute__((noinline)) int c_scalar_inner(int x) { return x * 3 + 1; }
int c_scalar_outer(int x) { return c_scalar_inner(x) + 1; }
