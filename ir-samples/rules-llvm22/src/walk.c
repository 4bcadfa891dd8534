/* Cost-walk rules: LLVM's CallAnalyzer visits only the blocks reachable for the
   call's constant arguments, so a recursive call or a block whose address is
   taken refuses only when the walk reaches it. */
struct node { int v; struct node *l, *r; };

int c_sum(const struct node *n, int deep) {
  if (!deep || !n) return n ? n->v : 0;
  return n->v + c_sum(n->l, deep) + c_sum(n->r, deep);
}

void c_where(int want, void **out) {
  if (want) {
  here:
    *out = &&here;
  }
}
