; ModuleID = 'walk.3931aa16d4fbd2de-cgu.0'
source_filename = "walk.3931aa16d4fbd2de-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_sum_deep(ptr noundef %n, i32 noundef %d) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_sum(ptr noundef %n, i32 noundef %d) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_sum_shallow(ptr noundef %n) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_sum(ptr noundef %n, i32 noundef 0) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define void @r_where_any(i32 noundef %w, ptr noundef %out) unnamed_addr #0 {
start:
  tail call void @c_where(i32 noundef %w, ptr noundef %out) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @r_where_off(ptr noundef %out) unnamed_addr #0 {
start:
  tail call void @c_where(i32 noundef 0, ptr noundef %out) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @r_where_on(ptr noundef %out) unnamed_addr #0 {
start:
  tail call void @c_where(i32 noundef 1, ptr noundef %out) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_sum(ptr noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @c_where(i32 noundef, ptr noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
