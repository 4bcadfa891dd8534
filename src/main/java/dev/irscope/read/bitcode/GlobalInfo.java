package dev.irscope.read.bitcode;

/**
 * One global value record (GLOBALVAR, FUNCTION, ALIAS, IFUNC) as read, before the module is
 * built: names come from the string table (or, before bitcode version 2, the module's value
 * symbol table, read after the records), so everything is kept raw until then.
 */
final class GlobalInfo {
    static final byte VAR = 0, FUNCTION = 1, ALIAS = 2, IFUNC = 3;

    final byte kind;
    String name = "";
    boolean unnamed;     // no name: printed as @N, N its slot (SlotTracker numbers unnamed globals)
    IrType valueType;    // the global as a value: a pointer
    IrType functionType; // functions: their type
    long linkage;
    long visibility;
    long dll;
    long unnamedAddr;
    boolean dsoLocal;
    long callingConv;
    boolean declaration;
    long paramAttr;      // attribute list index (0: none)
    long alignLog;       // log2(align) + 1 (0: none)
    long section;        // 1-based section name index
    long gc;             // 1-based GC name index
    long comdat;         // 1-based comdat index, or -1: the implicit comdat of an old linkage
    long prologue, prefix, personality; // value id + 1 (0: none)
    long addrSpace;
    String partition = "";
    long init;           // globals: initializer value id + 1; aliases: aliasee value id (+0)
    long attrs;          // globals: attribute list index
    int bodyIndex = -1;  // functions with a body: index of their FUNCTION_BLOCK

    GlobalInfo(byte kind) {
        this.kind = kind;
    }
}
