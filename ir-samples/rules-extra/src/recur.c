/* Callees that recurse, two ways LLVM tells apart. */
int r_count(int n); /* the Rust caller */

/* Calls its caller back: the cost analysis refuses ("recursive"). */
int c_step(int n) { return 1 + r_count(n - 1); }

struct node { int v; struct node *l, *r; };
/* Calls itself (tree walk, not a loop): refused only on the always-inline path ("recursive call"). */
__attribute__((always_inline)) int c_walk(struct node *t) {
    if (!t) return 0;
    return t->v + c_walk(t->l) + c_walk(t->r);
}
/* The same walk without always_inline: the cost-based inliner may inline one level. */
int c_walk_plain(struct node *t) {
    if (!t) return 0;
    return t->v + c_walk_plain(t->l) + c_walk_plain(t->r);
}
