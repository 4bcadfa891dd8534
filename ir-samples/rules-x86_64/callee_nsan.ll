; ModuleID = 'src/callee.c'
source_filename = "src/callee.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@llvm.used = appending global [1 x ptr] [ptr @nsan.module_ctor], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 0, ptr @nsan.module_ctor, ptr null }]
@__nsan_shadow_ret_tag = external thread_local(initialexec) global i64
@__nsan_shadow_ret_ptr = external thread_local(initialexec) global [128 x i8]
@__nsan_shadow_args_tag = external thread_local(initialexec) global i64
@__nsan_shadow_args_ptr = external thread_local(initialexec) global [16384 x i8]

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_numerical_stability willreturn memory(none) uwtable
define dso_local i32 @c_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_numerical_stability willreturn memory(argmem: read) uwtable
define dso_local i32 @c_point_x(ptr nocapture noundef readonly %0) local_unnamed_addr #1 {
  %2 = load i32, ptr %0, align 4, !tbaa !5
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_numerical_stability willreturn memory(none) uwtable
define dso_local noundef float @c_lerp(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = load i64, ptr @__nsan_shadow_args_tag, align 8
  %5 = icmp eq i64 %4, ptrtoint (ptr @c_lerp to i64)
  %6 = load double, ptr @__nsan_shadow_args_ptr, align 1
  %7 = fpext float %0 to double
  %8 = select i1 %5, double %6, double %7
  %9 = load double, ptr getelementptr ([16384 x i8], ptr @__nsan_shadow_args_ptr, i64 0, i64 8), align 1
  %10 = fpext float %1 to double
  %11 = select i1 %5, double %9, double %10
  %12 = load double, ptr getelementptr ([16384 x i8], ptr @__nsan_shadow_args_ptr, i64 0, i64 16), align 1
  %13 = fpext float %2 to double
  %14 = select i1 %5, double %12, double %13
  store i64 0, ptr @__nsan_shadow_args_tag, align 8
  %15 = fsub float %1, %0
  %16 = fsub double %11, %8
  %17 = call i32 @__nsan_internal_check_float_d(float %15, double %16, i32 2, i64 0)
  %18 = icmp eq i32 %17, 1
  %19 = fpext float %15 to double
  %20 = select i1 %18, double %19, double %16
  %21 = call i32 @__nsan_internal_check_float_d(float %2, double %14, i32 2, i64 1)
  %22 = icmp eq i32 %21, 1
  %23 = fpext float %2 to double
  %24 = select i1 %22, double %23, double %14
  %25 = call i32 @__nsan_internal_check_float_d(float %0, double %8, i32 2, i64 2)
  %26 = icmp eq i32 %25, 1
  %27 = fpext float %0 to double
  %28 = select i1 %26, double %27, double %8
  %29 = tail call float @llvm.fmuladd.f32(float %15, float %2, float %0)
  %30 = call double @llvm.fmuladd.f64(double %16, double %14, double %8)
  %31 = call i32 @__nsan_internal_check_float_d(float %29, double %30, i32 1, i64 0)
  %32 = icmp eq i32 %31, 1
  %33 = fpext float %29 to double
  %34 = select i1 %32, double %33, double %30
  store i64 ptrtoint (ptr @c_lerp to i64), ptr @__nsan_shadow_ret_tag, align 8
  store double %34, ptr @__nsan_shadow_ret_ptr, align 8
  ret float %29
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

declare void @__nsan_init()

; Function Attrs: nounwind uwtable
define internal void @nsan.module_ctor() #3 {
  call void @__nsan_init()
  ret void
}

; Function Attrs: nounwind
declare i32 @__nsan_internal_check_float_d(float, double, i32, i64) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind sanitize_numerical_stability willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind sanitize_numerical_stability willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" }
attributes #4 = { nounwind }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"point", !7, i64 0, !7, i64 4}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
