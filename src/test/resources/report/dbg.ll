; ModuleID = 'dbg.c'
source_filename = "dbg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@greeting = internal unnamed_addr constant [6 x i8] c"hello\00", align 1, !dbg !0
@counter = internal unnamed_addr global i32 0, align 4, !dbg !5

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define dso_local i32 @helper_sum(ptr nocapture noundef readonly %v, i32 noundef %n) local_unnamed_addr #0 !dbg !21 {
entry:
    #dbg_value(ptr %v, !27, !DIExpression(), !32)
    #dbg_value(i32 %n, !28, !DIExpression(), !32)
    #dbg_value(i32 0, !29, !DIExpression(), !32)
    #dbg_value(i32 0, !30, !DIExpression(), !33)
  %cmp9 = icmp sgt i32 %n, 0, !dbg !34
  br i1 %cmp9, label %for.body.preheader, label %for.cond.cleanup, !dbg !36

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext nneg i32 %n to i64, !dbg !34
  br label %for.body, !dbg !36

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %add, %for.body ], !dbg !32
  %call = tail call fastcc i32 @bump(i32 noundef %n), !dbg !37
  %add3 = add nsw i32 %call, %s.0.lcssa, !dbg !38
  ret i32 %add3, !dbg !39

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %s.010 = phi i32 [ 0, %for.body.preheader ], [ %add, %for.body ]
    #dbg_value(i64 %indvars.iv, !30, !DIExpression(), !33)
    #dbg_value(i32 %s.010, !29, !DIExpression(), !32)
  %arrayidx = getelementptr inbounds i32, ptr %v, i64 %indvars.iv, !dbg !40
  %0 = load i32, ptr %arrayidx, align 4, !dbg !40, !tbaa !41
  %1 = trunc nuw nsw i64 %indvars.iv to i32, !dbg !45
  %rem = urem i32 %1, 5, !dbg !45
  %idxprom1 = zext nneg i32 %rem to i64, !dbg !46
  %arrayidx2 = getelementptr inbounds [6 x i8], ptr @greeting, i64 0, i64 %idxprom1, !dbg !46
  %2 = load i8, ptr %arrayidx2, align 1, !dbg !46, !tbaa !47
  %conv = sext i8 %2 to i32, !dbg !46
  %mul = mul nsw i32 %0, %conv, !dbg !48
  %add = add nsw i32 %mul, %s.010, !dbg !49
    #dbg_value(i32 %add, !29, !DIExpression(), !32)
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1, !dbg !50
    #dbg_value(i64 %indvars.iv.next, !30, !DIExpression(), !33)
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count, !dbg !34
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !dbg !36, !llvm.loop !51
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @bump(i32 noundef %by) unnamed_addr #1 !dbg !55 {
entry:
    #dbg_value(i32 %by, !59, !DIExpression(), !60)
  %0 = load i32, ptr @counter, align 4, !dbg !61, !tbaa !41
  %add = add nsw i32 %0, %by, !dbg !61
  store i32 %add, ptr @counter, align 4, !dbg !61, !tbaa !41
  ret i32 %add, !dbg !62
}

attributes #0 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+avx,+avx2,+cmov,+crc32,+cx8,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+avx,+avx2,+cmov,+crc32,+cx8,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "greeting", scope: !2, file: !3, line: 3, type: !8, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "dbg.c", directory: ".", checksumkind: CSK_MD5, checksum: "5275e559515f16386a764f55d28e21a5")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 2, type: !7, isLocal: true, isDefinition: true)
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 48, elements: !11)
!9 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 6)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "helper_sum", scope: !3, file: !3, line: 7, type: !22, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !26)
!22 = !DISubroutineType(types: !23)
!23 = !{!7, !24, !7}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !7)
!26 = !{!27, !28, !29, !30}
!27 = !DILocalVariable(name: "v", arg: 1, scope: !21, file: !3, line: 7, type: !24)
!28 = !DILocalVariable(name: "n", arg: 2, scope: !21, file: !3, line: 7, type: !7)
!29 = !DILocalVariable(name: "s", scope: !21, file: !3, line: 8, type: !7)
!30 = !DILocalVariable(name: "i", scope: !31, file: !3, line: 9, type: !7)
!31 = distinct !DILexicalBlock(scope: !21, file: !3, line: 9, column: 5)
!32 = !DILocation(line: 0, scope: !21)
!33 = !DILocation(line: 0, scope: !31)
!34 = !DILocation(line: 9, column: 23, scope: !35)
!35 = distinct !DILexicalBlock(scope: !31, file: !3, line: 9, column: 5)
!36 = !DILocation(line: 9, column: 5, scope: !31)
!37 = !DILocation(line: 10, column: 16, scope: !21)
!38 = !DILocation(line: 10, column: 14, scope: !21)
!39 = !DILocation(line: 10, column: 5, scope: !21)
!40 = !DILocation(line: 9, column: 38, scope: !35)
!41 = !{!42, !42, i64 0}
!42 = !{!"int", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 9, column: 56, scope: !35)
!46 = !DILocation(line: 9, column: 45, scope: !35)
!47 = !{!43, !43, i64 0}
!48 = !DILocation(line: 9, column: 43, scope: !35)
!49 = !DILocation(line: 9, column: 35, scope: !35)
!50 = !DILocation(line: 9, column: 29, scope: !35)
!51 = distinct !{!51, !36, !52, !53, !54}
!52 = !DILocation(line: 9, column: 59, scope: !31)
!53 = !{!"llvm.loop.mustprogress"}
!54 = !{!"llvm.loop.unroll.disable"}
!55 = distinct !DISubprogram(name: "bump", scope: !3, file: !3, line: 5, type: !56, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58)
!56 = !DISubroutineType(types: !57)
!57 = !{!7, !7}
!58 = !{!59}
!59 = !DILocalVariable(name: "by", arg: 1, scope: !55, file: !3, line: 5, type: !7)
!60 = !DILocation(line: 0, scope: !55)
!61 = !DILocation(line: 5, column: 61, scope: !55)
!62 = !DILocation(line: 5, column: 68, scope: !55)
