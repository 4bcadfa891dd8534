; ModuleID = 'si_caller.5a0dbf270d2ffb9-cgu.0'
source_filename = "si_caller.5a0dbf270d2ffb9-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i32 @r_add(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %_0 = add i32 %b, %a
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_uses_c(i32 noundef %x) unnamed_addr #1 {
start:
  %_2 = tail call noundef i32 @c_twice(i32 noundef %x) #2
  %_3 = tail call noundef i32 @c_inc(i32 noundef %x) #2
  %_0 = add i32 %_3, %_2
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_twice(i32 noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_inc(i32 noundef) unnamed_addr #1

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
