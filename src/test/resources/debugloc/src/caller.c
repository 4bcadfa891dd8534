int helper(int x);

int caller(int y) {
  int z = y + 1;
  if (z > 3) {
    /* inside a lexical block: the location's scope is a DILexicalBlock */
    z += helper(z);
  }
  return helper(z) + 2;
}
