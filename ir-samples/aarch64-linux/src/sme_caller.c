/* Callers of sme_callee.c in five SME modes. */
#include "sme.h"
#define MODES(a, b) (sme_plain_add(a, b) ^ sme_streaming_add(a, b) ^ sme_compatible_add(a, b) \
    ^ sme_locally_streaming_add(a, b) ^ sme_new_za_add(a, b) \
    ^ sme_plain_asm(a, b) ^ sme_streaming_asm(a, b))

/* non-streaming, no ZA state */
int caller_normal(int a, int b) { return MODES(a, b); }
/* streaming */
int caller_streaming(int a, int b) __arm_streaming { return MODES(a, b); }
/* streaming-compatible */
int caller_compatible(int a, int b) __arm_streaming_compatible { return MODES(a, b); }
/* owns ZA (new ZA state): calls to functions without a ZA interface need a lazy save */
__arm_new("za") int caller_new_za(int a, int b) {
  return MODES(a, b) ^ sme_inout_za_add(a, b) ^ sme_preserves_za_add(a, b);
}
/* shares ZA with its caller */
int caller_inout_za(int a, int b) __arm_inout("za") {
  return sme_plain_add(a, b) ^ sme_plain_asm(a, b) ^ sme_inout_za_add(a, b)
      ^ sme_preserves_za_add(a, b);
}
