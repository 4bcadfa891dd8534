; ModuleID = 'src/ulib.c'
source_filename = "src/ulib.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$asan.module_ctor = comdat any

@llvm.used = appending global [1 x ptr] [ptr @asan.module_ctor], section "llvm.metadata"
@___asan_globals_registered = common hidden global i64 0
@__start_asan_globals = extern_weak hidden global i64
@__stop_asan_globals = extern_weak hidden global i64
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @asan.module_ctor, ptr @asan.module_ctor }]

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(none) uwtable
define dso_local i32 @ul_add(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %add = add nsw i32 %b, %a
  ret i32 %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(none) uwtable
define dso_local noundef i32 @ul_clamp(i32 noundef %v, i32 noundef %lo, i32 noundef %hi) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %v, %lo
  %hi.v = tail call i32 @llvm.smin.i32(i32 %v, i32 %hi)
  %cond5 = select i1 %cmp, i32 %lo, i32 %hi.v
  ret i32 %cond5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(argmem: read) uwtable
define dso_local i32 @ul_point_x(ptr nocapture noundef readonly %p) local_unnamed_addr #1 {
entry:
  %0 = ptrtoint ptr %p to i64
  %1 = lshr i64 %0, 3
  %2 = add i64 %1, 2147450880
  %3 = inttoptr i64 %2 to ptr
  %4 = load i8, ptr %3, align 1
  %5 = icmp ne i8 %4, 0
  br i1 %5, label %6, label %12, !prof !5

6:                                                ; preds = %entry
  %7 = and i64 %0, 7
  %8 = add i64 %7, 3
  %9 = trunc i64 %8 to i8
  %10 = icmp sge i8 %9, %4
  br i1 %10, label %11, label %12

11:                                               ; preds = %6
  call void @__asan_report_load4(i64 %0) #8
  unreachable

12:                                               ; preds = %6, %entry
  %13 = load i32, ptr %p, align 4, !tbaa !6
  ret i32 %13
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(none) uwtable
define dso_local noundef float @ul_lerp(float noundef %a, float noundef %b, float noundef %t) local_unnamed_addr #0 {
entry:
  %sub = fsub float %b, %a
  %0 = tail call float @llvm.fmuladd.f32(float %sub, float %t, float %a)
  ret float %0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(argmem: read) uwtable
define dso_local float @ul_dot4(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b) local_unnamed_addr #1 {
entry:
  %0 = ptrtoint ptr %a to i64
  %1 = add i64 %0, 15
  %2 = inttoptr i64 %1 to ptr
  %3 = ptrtoint ptr %a to i64
  %4 = lshr i64 %3, 3
  %5 = add i64 %4, 2147450880
  %6 = inttoptr i64 %5 to ptr
  %7 = load i8, ptr %6, align 1
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %14, !prof !5

9:                                                ; preds = %entry
  %10 = and i64 %3, 7
  %11 = trunc i64 %10 to i8
  %12 = icmp sge i8 %11, %7
  br i1 %12, label %13, label %14

13:                                               ; preds = %9
  call void @__asan_report_load_n(i64 %3, i64 16) #8
  unreachable

14:                                               ; preds = %9, %entry
  %15 = ptrtoint ptr %2 to i64
  %16 = lshr i64 %15, 3
  %17 = add i64 %16, 2147450880
  %18 = inttoptr i64 %17 to ptr
  %19 = load i8, ptr %18, align 1
  %20 = icmp ne i8 %19, 0
  br i1 %20, label %21, label %26, !prof !5

21:                                               ; preds = %14
  %22 = and i64 %15, 7
  %23 = trunc i64 %22 to i8
  %24 = icmp sge i8 %23, %19
  br i1 %24, label %25, label %26

25:                                               ; preds = %21
  call void @__asan_report_load_n(i64 %15, i64 16) #8
  unreachable

26:                                               ; preds = %21, %14
  %va.0.copyload = load <4 x float>, ptr %a, align 4
  %27 = ptrtoint ptr %b to i64
  %28 = add i64 %27, 15
  %29 = inttoptr i64 %28 to ptr
  %30 = ptrtoint ptr %b to i64
  %31 = lshr i64 %30, 3
  %32 = add i64 %31, 2147450880
  %33 = inttoptr i64 %32 to ptr
  %34 = load i8, ptr %33, align 1
  %35 = icmp ne i8 %34, 0
  br i1 %35, label %36, label %41, !prof !5

36:                                               ; preds = %26
  %37 = and i64 %30, 7
  %38 = trunc i64 %37 to i8
  %39 = icmp sge i8 %38, %34
  br i1 %39, label %40, label %41

40:                                               ; preds = %36
  call void @__asan_report_load_n(i64 %30, i64 16) #8
  unreachable

41:                                               ; preds = %36, %26
  %42 = ptrtoint ptr %29 to i64
  %43 = lshr i64 %42, 3
  %44 = add i64 %43, 2147450880
  %45 = inttoptr i64 %44 to ptr
  %46 = load i8, ptr %45, align 1
  %47 = icmp ne i8 %46, 0
  br i1 %47, label %48, label %53, !prof !5

48:                                               ; preds = %41
  %49 = and i64 %42, 7
  %50 = trunc i64 %49 to i8
  %51 = icmp sge i8 %50, %46
  br i1 %51, label %52, label %53

52:                                               ; preds = %48
  call void @__asan_report_load_n(i64 %42, i64 16) #8
  unreachable

53:                                               ; preds = %48, %41
  %vb.0.copyload = load <4 x float>, ptr %b, align 4
  %mul = fmul <4 x float> %va.0.copyload, %vb.0.copyload
  %shift = shufflevector <4 x float> %mul, <4 x float> poison, <4 x i32> <i32 1, i32 poison, i32 poison, i32 poison>
  %54 = fadd <4 x float> %mul, %shift
  %shift9 = shufflevector <4 x float> %mul, <4 x float> poison, <4 x i32> <i32 2, i32 poison, i32 poison, i32 poison>
  %55 = fadd <4 x float> %shift9, %54
  %shift10 = shufflevector <4 x float> %mul, <4 x float> poison, <4 x i32> <i32 3, i32 poison, i32 poison, i32 poison>
  %56 = fadd <4 x float> %shift10, %55
  %add5 = extractelement <4 x float> %56, i64 0
  ret float %add5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(argmem: readwrite) uwtable
define dso_local void @ul_copy(ptr nocapture noundef writeonly %dst, ptr nocapture noundef readonly %src, i64 noundef %n) local_unnamed_addr #3 {
entry:
  %0 = call ptr @__asan_memcpy(ptr %dst, ptr %src, i64 %n)
  ret void
}

; Function Attrs: mustprogress nofree nounwind sanitize_address willreturn memory(argmem: read) uwtable
define dso_local i64 @ul_len(ptr nocapture noundef readonly %s) local_unnamed_addr #4 {
entry:
  %call = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %s) #9
  ret i64 %call
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #6

declare void @__asan_report_load_n(i64, i64)

declare void @__asan_report_load4(i64)

declare ptr @__asan_memcpy(ptr, ptr, i64)

declare void @__asan_register_elf_globals(i64, i64, i64)

declare void @__asan_init()

; Function Attrs: nounwind uwtable
define internal void @asan.module_ctor() #7 comdat {
  call void @__asan_init()
  call void @__asan_version_mismatch_check_v8()
  call void @__asan_register_elf_globals(i64 ptrtoint (ptr @___asan_globals_registered to i64), i64 ptrtoint (ptr @__start_asan_globals to i64), i64 ptrtoint (ptr @__stop_asan_globals to i64))
  ret void
}

declare void @__asan_version_mismatch_check_v8()

attributes #0 = { mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind sanitize_address willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind sanitize_address willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind uwtable "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" }
attributes #8 = { nomerge }
attributes #9 = { nobuiltin nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!"branch_weights", i32 1, i32 1048575}
!6 = !{!7, !8, i64 0}
!7 = !{!"point", !8, i64 0, !8, i64 4}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
