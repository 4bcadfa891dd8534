/* A helper exported under an alias name: callers that name the alias make an indirect call for LLVM. */
int c_helper(int x) { return x * 3 + 1; }
int c_helper_alias(int x) __attribute__((alias("c_helper")));
