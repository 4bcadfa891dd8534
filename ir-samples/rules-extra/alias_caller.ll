; ModuleID = 'alias_caller.373ec8edc616d1a0-cgu.0'
source_filename = "alias_caller.373ec8edc616d1a0-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; __rustc::rust_begin_unwind
; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable
define void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_direct(i32 noundef %x) unnamed_addr #1 {
start:
  %_0 = tail call noundef i32 @c_helper(i32 noundef %x) #2
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_via_alias(i32 noundef %x) unnamed_addr #1 {
start:
  %_0 = tail call noundef i32 @c_helper_alias(i32 noundef %x) #2
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_helper(i32 noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_helper_alias(i32 noundef) unnamed_addr #1

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
