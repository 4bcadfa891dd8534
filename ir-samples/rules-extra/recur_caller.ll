; ModuleID = 'caller.4080114dcea7e8ac-cgu.0'
source_filename = "caller.4080114dcea7e8ac-cgu.0"
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
define noundef i32 @r_count(i32 noundef %n) unnamed_addr #1 {
start:
  %_2 = icmp slt i32 %n, 1
  br i1 %_2, label %bb3, label %bb2

bb2:                                              ; preds = %start
  %0 = tail call noundef i32 @c_step(i32 noundef %n) #2
  br label %bb3

bb3:                                              ; preds = %start, %bb2
  %_0.sroa.0.0 = phi i32 [ %0, %bb2 ], [ 0, %start ]
  ret i32 %_0.sroa.0.0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_sum(ptr noundef %t) unnamed_addr #1 {
start:
  %_0 = tail call noundef i32 @c_walk(ptr noundef %t) #2
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_sum_plain(ptr noundef %t) unnamed_addr #1 {
start:
  %_0 = tail call noundef i32 @c_walk_plain(ptr noundef %t) #2
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_step(i32 noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_walk(ptr noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_walk_plain(ptr noundef) unnamed_addr #1

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
