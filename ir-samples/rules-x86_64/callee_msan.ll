; ModuleID = 'src/callee.c'
source_filename = "src/callee.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@llvm.used = appending global [1 x ptr] [ptr @msan.module_ctor], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 0, ptr @msan.module_ctor, ptr null }]

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_memory willreturn uwtable
define dso_local noundef i32 @c_add(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %add = add nsw i32 %b, %a
  ret i32 %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_memory willreturn uwtable
define dso_local noundef i32 @c_point_x(ptr nocapture noundef readonly %p) local_unnamed_addr #0 {
entry:
  %0 = ptrtoint ptr %p to i64
  %1 = xor i64 %0, 87960930222080
  %2 = inttoptr i64 %1 to ptr
  %_msld = load i32, ptr %2, align 4
  %_mscmp.not = icmp eq i32 %_msld, 0
  br i1 %_mscmp.not, label %4, label %3, !prof !5

3:                                                ; preds = %entry
  call void @__msan_warning_noreturn() #3
  unreachable

4:                                                ; preds = %entry
  %5 = load i32, ptr %p, align 4, !tbaa !6
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_memory willreturn uwtable
define dso_local noundef float @c_lerp(float noundef %a, float noundef %b, float noundef %t) local_unnamed_addr #0 {
entry:
  %sub = fsub float %b, %a
  %0 = tail call float @llvm.fmuladd.f32(float %sub, float %t, float %a)
  ret float %0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare void @__msan_init()

; Function Attrs: nounwind uwtable
define internal void @msan.module_ctor() #2 {
  call void @__msan_init() #4
  ret void
}

declare void @__msan_warning_noreturn()

attributes #0 = { mustprogress nofree norecurse nosync nounwind sanitize_memory willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind uwtable "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" }
attributes #3 = { nomerge nounwind }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!"branch_weights", i32 1048575, i32 1}
!6 = !{!7, !8, i64 0}
!7 = !{!"point", !8, i64 0, !8, i64 4}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
