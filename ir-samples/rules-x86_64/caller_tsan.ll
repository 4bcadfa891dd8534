; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@llvm.used = appending global [1 x ptr] [ptr @tsan.module_ctor], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 0, ptr @tsan.module_ctor, ptr null }]

; <caller::Guard as core::ops::drop::Drop>::drop
; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define void @_RNvXCsc1QnYKSLBZK_6callerNtB2_5GuardNtNtNtCs8NwYtU1Mohg_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull readnone captures(none) %self) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  tail call void @r_cleanup() #3
  call void @__tsan_func_exit()
  ret void
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_add(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nonlazybind sanitize_thread uwtable
define noundef i32 @r_cxx_guarded(i32 noundef %x) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = invoke noundef i32 @cxx_guarded(i32 noundef %x)
          to label %bb1 unwind label %bb4

bb1:                                              ; preds = %start
  tail call void @r_cleanup() #3
  call void @__tsan_func_exit()
  ret i32 %_0

bb4:                                              ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @r_cleanup() #3
  call void @__tsan_func_exit()
  resume { ptr, i32 } %1
}

; Function Attrs: nonlazybind sanitize_thread uwtable
define noundef i32 @r_cxx_plain(i32 noundef %x) unnamed_addr #1 personality ptr @__gcc_personality_v0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_01 = invoke noundef i32 @cxx_guarded(i32 noundef %x)
          to label %_0.noexc unwind label %tsan_cleanup

_0.noexc:                                         ; preds = %start
  call void @__tsan_func_exit()
  ret i32 %_01

tsan_cleanup:                                     ; preds = %start
  %cleanup.lpad = landingpad { ptr, i32 }
          cleanup
  call void @__tsan_func_exit()
  resume { ptr, i32 } %cleanup.lpad
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_indirectbr(i32 noundef %i) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_indirectbr(i32 noundef %i) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef float @r_lerp(float noundef %a, float noundef %b) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef float @c_lerp(float noundef %a, float noundef %b, float noundef 2.500000e-01) #3
  call void @__tsan_func_exit()
  ret float %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_point_x(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(8) %p) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_point_x(ptr noundef nonnull %p) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_scalar(i32 noundef %x) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_scalar_outer(i32 noundef %x) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_setjmp(i32 noundef %x) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_setjmp(i32 noundef %x) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_this_ip(i32 noundef %x) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 @c_this_ip(i32 noundef %x) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef i32 @r_varargs(i32 noundef %a, i32 noundef %b) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef i32 (i32, ...) @c_varargs(i32 noundef 2, i32 noundef %a, i32 noundef %b) #3
  call void @__tsan_func_exit()
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
define noundef float @r_vec(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(16) %p) unnamed_addr #0 {
start:
  %0 = call ptr @llvm.returnaddress(i32 0)
  call void @__tsan_func_entry(ptr %0)
  %_0 = tail call noundef float @c_vec_outer(ptr noundef nonnull %p) #3
  call void @__tsan_func_exit()
  ret float %_0
}

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare void @r_cleanup() unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #2

; Function Attrs: nonlazybind sanitize_thread uwtable
declare noundef i32 @cxx_guarded(i32 noundef) unnamed_addr #1

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_indirectbr(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef float @c_lerp(float noundef, float noundef, float noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_point_x(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_scalar_outer(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_setjmp(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_this_ip(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef i32 @c_varargs(i32 noundef, ...) unnamed_addr #0

; Function Attrs: nounwind nonlazybind sanitize_thread uwtable
declare noundef float @c_vec_outer(ptr noundef) unnamed_addr #0

declare void @__tsan_init()

; Function Attrs: nounwind
define internal void @tsan.module_ctor() #3 {
  call void @__tsan_init()
  ret void
}

; Function Attrs: nounwind
declare void @__tsan_func_entry(ptr) #3

; Function Attrs: nounwind
declare void @__tsan_func_exit() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.returnaddress(i32 immarg) #4

declare i32 @__gcc_personality_v0(...)

attributes #0 = { nounwind nonlazybind sanitize_thread uwtable "target-cpu"="x86-64" }
attributes #1 = { nonlazybind sanitize_thread uwtable "target-cpu"="x86-64" }
attributes #2 = { nonlazybind "target-cpu"="x86-64" }
attributes #3 = { nounwind }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 4, !"nosanitize_thread", i32 1}
!3 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
