; ModuleID = 'src/callee.c'
source_filename = "src/callee.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @c_add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !37 !prof !40 {
  %3 = add nsw i32 %1, %0, !dbg !41
  ret i32 %3, !dbg !42
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @c_point_x(ptr nocapture noundef readonly %0) local_unnamed_addr #1 !dbg !43 !prof !40 {
  %2 = load i32, ptr %0, align 4, !dbg !44, !tbaa !45
  ret i32 %2, !dbg !50
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @c_lerp(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #0 !dbg !51 !prof !40 {
  %4 = fsub float %1, %0, !dbg !52
  %5 = tail call float @llvm.fmuladd.f32(float %4, float %2, float %0), !dbg !53
  ret float %5, !dbg !54
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "use-sample-profile" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "use-sample-profile" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!36}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: NoDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "src/callee.c", directory: ".")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"wchar_size", i32 4}
!4 = !{i32 8, !"PIC Level", i32 2}
!5 = !{i32 7, !"PIE Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 1, !"ProfileSummary", !8}
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17, !18}
!9 = !{!"ProfileFormat", !"SampleProfile"}
!10 = !{!"TotalCount", i64 20}
!11 = !{!"MaxCount", i64 10}
!12 = !{!"MaxInternalCount", i64 0}
!13 = !{!"MaxFunctionCount", i64 10}
!14 = !{!"NumCounts", i64 2}
!15 = !{!"NumFunctions", i64 2}
!16 = !{!"IsPartialProfile", i64 0}
!17 = !{!"PartialProfileRatio", double 0.000000e+00}
!18 = !{!"DetailedSummary", !19}
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35}
!20 = !{i32 10000, i64 0, i32 0}
!21 = !{i32 100000, i64 10, i32 2}
!22 = !{i32 200000, i64 10, i32 2}
!23 = !{i32 300000, i64 10, i32 2}
!24 = !{i32 400000, i64 10, i32 2}
!25 = !{i32 500000, i64 10, i32 2}
!26 = !{i32 600000, i64 10, i32 2}
!27 = !{i32 700000, i64 10, i32 2}
!28 = !{i32 800000, i64 10, i32 2}
!29 = !{i32 900000, i64 10, i32 2}
!30 = !{i32 950000, i64 10, i32 2}
!31 = !{i32 990000, i64 10, i32 2}
!32 = !{i32 999000, i64 10, i32 2}
!33 = !{i32 999900, i64 10, i32 2}
!34 = !{i32 999990, i64 10, i32 2}
!35 = !{i32 999999, i64 10, i32 2}
!36 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!37 = distinct !DISubprogram(name: "c_add", scope: !1, file: !1, line: 10, type: !38, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!38 = !DISubroutineType(types: !39)
!39 = !{}
!40 = !{!"function_entry_count", i64 -1}
!41 = !DILocation(line: 10, column: 41, scope: !37)
!42 = !DILocation(line: 10, column: 32, scope: !37)
!43 = distinct !DISubprogram(name: "c_point_x", scope: !1, file: !1, line: 12, type: !38, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!44 = !DILocation(line: 12, column: 55, scope: !43)
!45 = !{!46, !47, i64 0}
!46 = !{!"point", !47, i64 0, !47, i64 4}
!47 = !{!"int", !48, i64 0}
!48 = !{!"omnipotent char", !49, i64 0}
!49 = !{!"Simple C/C++ TBAA"}
!50 = !DILocation(line: 12, column: 45, scope: !43)
!51 = distinct !DISubprogram(name: "c_lerp", scope: !1, file: !1, line: 14, type: !38, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!52 = !DILocation(line: 14, column: 62, scope: !51)
!53 = !DILocation(line: 14, column: 57, scope: !51)
!54 = !DILocation(line: 14, column: 48, scope: !51)
