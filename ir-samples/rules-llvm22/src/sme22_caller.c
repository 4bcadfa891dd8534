/* AArch64 SME by release: callers (clang-19 -march=armv9-a+sme2). */
int sme_vg_user(int a);
int sme_asm(int a);
int sme_asm_zt0(int a);
int sme_asm_za(int a);
int sme_add(int a);
/* streaming: calling the non-streaming sme_vg_user needs a mode change */
int caller_vg(int a) __arm_streaming { return sme_vg_user(a); }
/* shares ZT0: a private callee needs ZT0 preserved */
int caller_zt0(int a) __arm_inout("zt0") { return sme_asm_zt0(a); }
/* shares ZA (edited into an agnostic-ZA caller in sme-agnostic-caller) */
int caller_za(int a) __arm_inout("za") { return sme_asm_za(a); }
/* plain (edited for +execute-only) */
int caller_plain(int a) { return sme_add(a) + sme_asm(a); }
