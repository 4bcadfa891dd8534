; ModuleID = 'caller.c'
source_filename = "caller.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind uwtable
define dso_local i32 @caller(i32 noundef %0) #0 !dbg !9 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !16
    #dbg_declare(ptr %2, !14, !DIExpression(), !20)
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #3, !dbg !21
    #dbg_declare(ptr %3, !15, !DIExpression(), !22)
  %4 = load i32, ptr %2, align 4, !dbg !23, !tbaa !16
  %5 = add nsw i32 %4, 1, !dbg !24
  store i32 %5, ptr %3, align 4, !dbg !22, !tbaa !16
  %6 = load i32, ptr %3, align 4, !dbg !25, !tbaa !16
  %7 = icmp sgt i32 %6, 3, !dbg !27
  br i1 %7, label %8, label %13, !dbg !28

8:                                                ; preds = %1
  %9 = load i32, ptr %3, align 4, !dbg !29, !tbaa !16
  %10 = call i32 @helper(i32 noundef %9), !dbg !31
  %11 = load i32, ptr %3, align 4, !dbg !32, !tbaa !16
  %12 = add nsw i32 %11, %10, !dbg !32
  store i32 %12, ptr %3, align 4, !dbg !32, !tbaa !16
  br label %13, !dbg !33

13:                                               ; preds = %8, %1
  %14 = load i32, ptr %3, align 4, !dbg !34, !tbaa !16
  %15 = call i32 @helper(i32 noundef %14), !dbg !35
  %16 = add nsw i32 %15, 2, !dbg !36
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #3, !dbg !37
  ret i32 %16, !dbg !38
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare !dbg !39 i32 @helper(i32 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "caller.c", directory: "/src", checksumkind: CSK_MD5, checksum: "7670c13f5ba0f259b31c2cafdcd030dc")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!9 = distinct !DISubprogram(name: "caller", scope: !1, file: !1, line: 3, type: !10, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !13)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14, !15}
!14 = !DILocalVariable(name: "y", arg: 1, scope: !9, file: !1, line: 3, type: !12)
!15 = !DILocalVariable(name: "z", scope: !9, file: !1, line: 4, type: !12)
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !18, i64 0}
!18 = !{!"omnipotent char", !19, i64 0}
!19 = !{!"Simple C/C++ TBAA"}
!20 = !DILocation(line: 3, column: 16, scope: !9)
!21 = !DILocation(line: 4, column: 3, scope: !9)
!22 = !DILocation(line: 4, column: 7, scope: !9)
!23 = !DILocation(line: 4, column: 11, scope: !9)
!24 = !DILocation(line: 4, column: 13, scope: !9)
!25 = !DILocation(line: 5, column: 7, scope: !26)
!26 = distinct !DILexicalBlock(scope: !9, file: !1, line: 5, column: 7)
!27 = !DILocation(line: 5, column: 9, scope: !26)
!28 = !DILocation(line: 5, column: 7, scope: !9)
!29 = !DILocation(line: 7, column: 17, scope: !30)
!30 = distinct !DILexicalBlock(scope: !26, file: !1, line: 5, column: 14)
!31 = !DILocation(line: 7, column: 10, scope: !30)
!32 = !DILocation(line: 7, column: 7, scope: !30)
!33 = !DILocation(line: 8, column: 3, scope: !30)
!34 = !DILocation(line: 9, column: 17, scope: !9)
!35 = !DILocation(line: 9, column: 10, scope: !9)
!36 = !DILocation(line: 9, column: 20, scope: !9)
!37 = !DILocation(line: 10, column: 1, scope: !9)
!38 = !DILocation(line: 9, column: 3, scope: !9)
!39 = !DISubprogram(name: "helper", scope: !1, file: !1, line: 1, type: !10, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
