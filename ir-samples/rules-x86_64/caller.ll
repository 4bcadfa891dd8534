; ModuleID = 'caller.4080114dcea7e8ac-cgu.0'
source_filename = "caller.4080114dcea7e8ac-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; <caller::Guard as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind uwtable
define void @"_ZN55_$LT$caller..Guard$u20$as$u20$core..ops..drop..Drop$GT$4drop17h255910c030f99b6bE"(ptr noalias noundef nonnull readnone align 1 captures(none) %self) unnamed_addr #0 {
start:
  tail call void @r_cleanup() #3
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_add(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #3
  ret i32 %_0
}

; Function Attrs: nonlazybind uwtable
define noundef i32 @r_cxx_guarded(i32 noundef %x) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %_0 = invoke noundef i32 @cxx_guarded(i32 noundef %x)
          to label %bb1 unwind label %bb4

bb1:                                              ; preds = %start
  tail call void @r_cleanup() #3
  ret i32 %_0

bb4:                                              ; preds = %start
  %0 = landingpad { ptr, i32 }
          cleanup
  tail call void @r_cleanup() #3
  resume { ptr, i32 } %0
}

; Function Attrs: nonlazybind uwtable
define noundef i32 @r_cxx_plain(i32 noundef %x) unnamed_addr #1 {
start:
  %_0 = tail call noundef i32 @cxx_guarded(i32 noundef %x)
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_indirectbr(i32 noundef %i) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_indirectbr(i32 noundef %i) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef float @r_lerp(float noundef %a, float noundef %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef float @c_lerp(float noundef %a, float noundef %b, float noundef 2.500000e-01) #3
  ret float %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_point_x(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(8) %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_point_x(ptr noundef nonnull %p) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_scalar(i32 noundef %x) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_scalar_outer(i32 noundef %x) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_setjmp(i32 noundef %x) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_setjmp(i32 noundef %x) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_this_ip(i32 noundef %x) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_this_ip(i32 noundef %x) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @r_varargs(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 (i32, ...) @c_varargs(i32 noundef 2, i32 noundef %a, i32 noundef %b) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef float @r_vec(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(16) %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef float @c_vec_outer(ptr noundef nonnull %p) #3
  ret float %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare void @r_cleanup() unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #2

; Function Attrs: nonlazybind uwtable
declare noundef i32 @cxx_guarded(i32 noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_indirectbr(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef float @c_lerp(float noundef, float noundef, float noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_point_x(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_scalar_outer(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_setjmp(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_this_ip(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_varargs(i32 noundef, ...) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef float @c_vec_outer(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind "target-cpu"="x86-64" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
