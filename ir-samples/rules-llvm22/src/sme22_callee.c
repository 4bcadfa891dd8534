/* AArch64 SME by release: callees (clang-19 -march=armv9-a+sme2). */
long __arm_get_current_vg(void);
int sme_vg_user(int a) { return a + (int)__arm_get_current_vg(); }
int sme_asm(int a) { __asm__ volatile("" ::: "memory"); return a + 1; }
int sme_asm_zt0(int a) { __asm__ volatile("" ::: "memory"); return a + 2; }
int sme_asm_za(int a) { __asm__ volatile("" ::: "memory"); return a + 3; }
int sme_add(int a) { return a + 4; }
