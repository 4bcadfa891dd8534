; ModuleID = './rust_stable.bc'
source_filename = "lib.c6f551dc431569fb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_03fa889ebefc3fd61240d008cccbcd8d = private unnamed_addr constant [12 x i8] c"\01\00\00\00\02\00\00\00\03\00\00\00", align 4
@alloc_2fce15d1a77c62e67d5eacceaee24476 = private unnamed_addr constant [5 x i8] c"value", align 1
@alloc_07fff68f5621df91769ae0c5cd5b74a5 = private unnamed_addr constant [7 x i8] c"lib.rs\00", align 1
@alloc_b6b5d36c268b71ace9e683311d5a721a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_07fff68f5621df91769ae0c5cd5b74a5, [16 x i8] c"\06\00\00\00\00\00\00\00\0C\00\00\00*\00\00\00" }>, align 8
@alloc_83563c8f9382c0488d89b1b28f3ac083 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_07fff68f5621df91769ae0c5cd5b74a5, [16 x i8] c"\06\00\00\00\00\00\00\00\09\00\00\00.\00\00\00" }>, align 8

; Function Attrs: nonlazybind uwtable
define noundef i32 @_ZN3lib6call_c17h982acfdc81c1518eE(i32 noundef %x) unnamed_addr #0 {
start:
  %_2 = tail call noundef i32 @c_helper(i32 noundef %x) #6
  %_6 = sext i32 %x to i64
  %_4 = tail call noundef i32 @_ZN3lib7checked17h02d01116cdd55569E(ptr noalias noundef nonnull readonly align 4 captures(address, read_provenance) @alloc_03fa889ebefc3fd61240d008cccbcd8d, i64 noundef 3, i64 noundef %_6) #7
  %_0 = add i32 %_4, %_2
  ret i32 %_0
}

; Function Attrs: nonlazybind uwtable
define noundef i32 @_ZN3lib6panics17h4e422aa328d87d62E(i32 noundef range(i32 0, 2) %0, i32 returned %1) unnamed_addr #0 {
start:
  %2 = trunc nuw i32 %0 to i1
  br i1 %2, label %bb3, label %bb2, !prof !3

bb3:                                              ; preds = %start
  ret i32 %1

bb2:                                              ; preds = %start
  tail call void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_2fce15d1a77c62e67d5eacceaee24476, i64 noundef 5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b6b5d36c268b71ace9e683311d5a721a) #8
  unreachable
}

; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN3lib7checked17h02d01116cdd55569E(ptr noalias noundef nonnull readonly align 4 captures(none) %v.0, i64 noundef range(i64 0, 2305843009213693952) %v.1, i64 noundef %i) unnamed_addr #1 {
start:
  %_4 = icmp ult i64 %i, %v.1
  br i1 %_4, label %bb1, label %panic

bb1:                                              ; preds = %start
  %0 = getelementptr inbounds nuw i32, ptr %v.0, i64 %i
  %_0 = load i32, ptr %0, align 4, !noundef !4
  ret i32 %_0

panic:                                            ; preds = %start
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %i, i64 noundef %v.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_83563c8f9382c0488d89b1b28f3ac083) #8
  unreachable
}

; Function Attrs: nonlazybind uwtable
define noundef i32 @_ZN3lib7dynamic17hd536ec15112014b1E(ptr noundef nonnull align 1 %f.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %f.1, i32 noundef %x) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %f.1, i64 40
  %1 = load ptr, ptr %0, align 8, !invariant.load !4, !nonnull !4
  %_0 = tail call noundef i32 %1(ptr noundef nonnull align 1 %f.0, i32 noundef %x) #9
  ret i32 %_0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i64 @rust_add(i64 noundef %a, i64 noundef %b) unnamed_addr #2 {
start:
  %_0 = add i64 %b, %a
  ret i64 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_helper(i32 noundef) unnamed_addr #3

; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #4

; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #5

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind }
attributes #7 = { noinline }
attributes #8 = { noinline noreturn }
attributes #9 = { inlinehint }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!4 = !{}

^0 = module: (path: "./rust_stable.bc", hash: (3586426980, 2601040342, 2550413845, 3764281807, 3404957603))
^1 = gv: (name: "alloc_03fa889ebefc3fd61240d008cccbcd8d", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 316298427918451070
^2 = gv: (name: "_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed") ; guid = 1343053946739682506
^3 = gv: (name: "_ZN3lib7dynamic17hd536ec15112014b1E", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 0, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 1861393214958401485
^4 = gv: (name: "_ZN3lib7checked17h02d01116cdd55569E", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 1, alwaysInline: 0, noUnwind: 0, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^13, tail: 1)), refs: (^8)))) ; guid = 3789582074184656684
^5 = gv: (name: "alloc_b6b5d36c268b71ace9e683311d5a721a", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^9)))) ; guid = 4448186038793181502
^6 = gv: (name: "_ZN3lib6call_c17h982acfdc81c1518eE", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 5, calls: ((callee: ^11, tail: 1), (callee: ^4, tail: 1)), refs: (^1)))) ; guid = 5632234327835939025
^7 = gv: (name: "alloc_2fce15d1a77c62e67d5eacceaee24476", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 6919139409700141652
^8 = gv: (name: "alloc_83563c8f9382c0488d89b1b28f3ac083", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^9)))) ; guid = 10212407363198323085
^9 = gv: (name: "alloc_07fff68f5621df91769ae0c5cd5b74a5", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 10860610249954351880
^10 = gv: (name: "rust_add", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 11261334757241265558
^11 = gv: (name: "c_helper") ; guid = 15444287115973262300
^12 = gv: (name: "_ZN3lib6panics17h4e422aa328d87d62E", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 5, calls: ((callee: ^2, tail: 1)), refs: (^7, ^5)))) ; guid = 18030055681687689893
^13 = gv: (name: "_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check") ; guid = 18260234879749180252
^14 = blockcount: 0
