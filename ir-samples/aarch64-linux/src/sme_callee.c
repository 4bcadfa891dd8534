/* SME callees (C only; rustc has no SME function attributes).
 * The *_add bodies are plain integer code: no inline asm, no intrinsics, so
 * LLVM 19's AArch64 hook can only refuse them for structural SME reasons.
 * The *_asm bodies add an empty inline asm statement, which is what the hook
 * treats as "possibly incompatible op" when the call needs a streaming-mode
 * change or a lazy ZA save. */
#include "sme.h"
int sme_plain_add(int a, int b) { return a + b; }
int sme_streaming_add(int a, int b) __arm_streaming { return a + b; }
int sme_compatible_add(int a, int b) __arm_streaming_compatible { return a + b; }
__arm_locally_streaming int sme_locally_streaming_add(int a, int b) { return a + b; }
__arm_new("za") int sme_new_za_add(int a, int b) { return a + b; }
int sme_inout_za_add(int a, int b) __arm_inout("za") { return a + b; }
int sme_preserves_za_add(int a, int b) __arm_preserves("za") { return a + b; }
int sme_plain_asm(int a, int b) { __asm__ volatile("" ::: "memory"); return a + b; }
int sme_streaming_asm(int a, int b) __arm_streaming { __asm__ volatile("" ::: "memory"); return a + b; }
