; ModuleID = 'user.9ff950e15f7aab4f-cgu.0'
source_filename = "user.9ff950e15f7aab4f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; user::c_len
; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @_ZN4user5c_len17h987866044927e34aE(ptr noundef %s) unnamed_addr #0 {
start:
  %_0 = tail call noundef i64 @ul_len(ptr noundef %s) #1
  ret i64 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_add(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @ul_add(i32 noundef %a, i32 noundef %b) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_clamp(i32 noundef %v) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @ul_clamp(i32 noundef %v, i32 noundef 0, i32 noundef 255) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define void @r_copy(ptr noalias noundef align 1 dereferenceable(16) %dst, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(16) %src) unnamed_addr #0 {
start:
  tail call void @ul_copy(ptr noundef nonnull %dst, ptr noundef nonnull %src, i64 noundef 16) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef float @r_dot4(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(16) %a, ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(16) %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef float @ul_dot4(ptr noundef nonnull %a, ptr noundef nonnull %b) #1
  ret float %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef float @r_lerp(float noundef %a, float noundef %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef float @ul_lerp(float noundef %a, float noundef %b, float noundef 5.000000e-01) #1
  ret float %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_point_x(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(8) %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @ul_point_x(ptr noundef nonnull %p) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i64 @ul_len(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @ul_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @ul_clamp(i32 noundef, i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @ul_copy(ptr noundef, ptr noundef, i64 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef float @ul_dot4(ptr noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef float @ul_lerp(float noundef, float noundef, float noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @ul_point_x(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
