/* SME function types shared by sme_callee.c and sme_caller.c. */
int sme_plain_add(int a, int b);
int sme_streaming_add(int a, int b) __arm_streaming;
int sme_compatible_add(int a, int b) __arm_streaming_compatible;
__arm_locally_streaming int sme_locally_streaming_add(int a, int b);
__arm_new("za") int sme_new_za_add(int a, int b);
int sme_inout_za_add(int a, int b) __arm_inout("za");
int sme_preserves_za_add(int a, int b) __arm_preserves("za");
/* same bodies plus an empty inline asm statement */
int sme_plain_asm(int a, int b);
int sme_streaming_asm(int a, int b) __arm_streaming;
