; ModuleID = 'src/walk.c'
source_filename = "src/walk.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local i32 @c_sum(ptr noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp ne i32 %1, 0
  %4 = icmp ne ptr %0, null
  %5 = and i1 %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %2
  br i1 %4, label %7, label %21

7:                                                ; preds = %6
  %8 = load i32, ptr %0, align 8, !tbaa !5
  br label %21

9:                                                ; preds = %2, %9
  %10 = phi ptr [ %17, %9 ], [ %0, %2 ]
  %11 = phi i32 [ %19, %9 ], [ 0, %2 ]
  %12 = load i32, ptr %10, align 8, !tbaa !5
  %13 = getelementptr inbounds i8, ptr %10, i64 8
  %14 = load ptr, ptr %13, align 8, !tbaa !11
  %15 = tail call i32 @c_sum(ptr noundef %14, i32 noundef %1)
  %16 = getelementptr inbounds i8, ptr %10, i64 16
  %17 = load ptr, ptr %16, align 8, !tbaa !12
  %18 = add i32 %12, %11
  %19 = add i32 %18, %15
  %20 = icmp eq ptr %17, null
  br i1 %20, label %21, label %9

21:                                               ; preds = %9, %7, %6
  %22 = phi i32 [ %8, %7 ], [ 0, %6 ], [ %19, %9 ]
  ret i32 %22
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @c_where(i32 noundef %0, ptr nocapture noundef writeonly %1) #1 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %5, label %4

4:                                                ; preds = %2
  store ptr blockaddress(@c_where, %4), ptr %1, align 8, !tbaa !13
  br label %5

5:                                                ; preds = %4, %2
  ret void
}

attributes #0 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"node", !7, i64 0, !10, i64 8, !10, i64 16}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"any pointer", !8, i64 0}
!11 = !{!6, !10, i64 8}
!12 = !{!6, !10, i64 16}
!13 = !{!10, !10, i64 0}
