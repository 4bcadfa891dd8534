; ModuleID = 'rust_thin.bc'
source_filename = "crate.1139f3a140c2004c-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef range(i64 0, -1) i64 @_ZN5crate5twice17h2664551a69185fe4E(i64 noundef %x) unnamed_addr #0 {
start:
  %_0 = shl i64 %x, 1
  ret i64 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @rust_entry(i32 noundef %x) unnamed_addr #1 {
start:
  %_2 = tail call noundef i32 @c_helper(i32 noundef %x) #2
  %_0 = add i32 %_2, 1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_helper(i32 noundef) unnamed_addr #1

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}

^0 = module: (path: "rust_thin.bc", hash: (2082087043, 413943919, 2043343416, 1887346211, 4132926335))
^1 = gv: (name: "c_helper") ; guid = 15444287115973262300
^2 = gv: (name: "_ZN5crate5twice17h2664551a69185fe4E", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 16062070964604898878
^3 = gv: (name: "rust_entry", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 3, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1))))) ; guid = 17633184686812949593
^4 = blockcount: 0
