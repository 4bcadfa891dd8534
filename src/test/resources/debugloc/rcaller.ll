; ModuleID = 'rcaller.a776044eb753534f-cgu.0'
source_filename = "rcaller.a776044eb753534f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; core::ptr::drop_in_place<rcaller::Guard>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr35drop_in_place$LT$rcaller..Guard$GT$17h41a83c659373792cE"(ptr align 4 %_1) unnamed_addr #0 !dbg !7 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !22, !DIExpression(), !25)
; call <rcaller::Guard as core::ops::drop::Drop>::drop
  call void @"_ZN56_$LT$rcaller..Guard$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd1d73b5e509a265eE"(ptr align 4 %_1), !dbg !25
  ret void, !dbg !25
}

; <rcaller::Guard as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define void @"_ZN56_$LT$rcaller..Guard$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd1d73b5e509a265eE"(ptr align 4 %self) unnamed_addr #0 !dbg !26 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !33, !DIExpression(), !34)
  ret void, !dbg !35
}

; Function Attrs: nonlazybind uwtable
define i32 @rust_caller(i32 %x) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !36 {
start:
  %0 = alloca [16 x i8], align 8
  %x.dbg.spill = alloca [4 x i8], align 4
  %_g = alloca [4 x i8], align 4
  store i32 %x, ptr %x.dbg.spill, align 4
    #dbg_declare(ptr %x.dbg.spill, !40, !DIExpression(), !43)
    #dbg_declare(ptr %_g, !41, !DIExpression(), !44)
  store i32 %x, ptr %_g, align 4, !dbg !45
  %_0 = invoke i32 @helper(i32 %x)
          to label %bb1 unwind label %cleanup, !dbg !46

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<rcaller::Guard>
  invoke void @"_ZN4core3ptr35drop_in_place$LT$rcaller..Guard$GT$17h41a83c659373792cE"(ptr align 4 %_g) #3
          to label %bb4 unwind label %terminate, !dbg !47

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<rcaller::Guard>
  call void @"_ZN4core3ptr35drop_in_place$LT$rcaller..Guard$GT$17h41a83c659373792cE"(ptr align 4 %_g), !dbg !47
  ret i32 %_0, !dbg !48

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #4, !dbg !49
  unreachable, !dbg !49

bb4:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !dbg !49
  %7 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !49
  %8 = load i32, ptr %7, align 8, !dbg !49
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0, !dbg !49
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1, !dbg !49
  resume { ptr, i32 } %10, !dbg !49
}

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #1

; Function Attrs: nonlazybind uwtable
declare i32 @helper(i32) unnamed_addr #0

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #2

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold }
attributes #4 = { cold noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "rcaller.rs/@/rcaller.a776044eb753534f-cgu.0", directory: "/src")
!7 = distinct !DISubprogram(name: "drop_in_place<rcaller::Guard>", linkageName: "_ZN4core3ptr35drop_in_place$LT$rcaller..Guard$GT$17h41a83c659373792cE", scope: !9, file: !8, line: 805, type: !11, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !23, retainedNodes: !21)
!8 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!9 = !DINamespace(name: "ptr", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !DISubroutineType(types: !12)
!12 = !{null, !13}
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut rcaller::Guard", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "Guard", scope: !16, file: !15, size: 32, align: 32, flags: DIFlagPublic, elements: !17, templateParams: !20, identifier: "a69819dbc0ff30023469dcfe4364166")
!15 = !DIFile(filename: "<unknown>", directory: "")
!16 = !DINamespace(name: "rcaller", scope: null)
!17 = !{!18}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !14, file: !15, baseType: !19, size: 32, align: 32, flags: DIFlagPublic)
!19 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!20 = !{}
!21 = !{!22}
!22 = !DILocalVariable(arg: 1, scope: !7, file: !8, line: 805, type: !13)
!23 = !{!24}
!24 = !DITemplateTypeParameter(name: "T", type: !14)
!25 = !DILocation(line: 805, column: 1, scope: !7)
!26 = distinct !DISubprogram(name: "drop", linkageName: "_ZN56_$LT$rcaller..Guard$u20$as$u20$core..ops..drop..Drop$GT$4drop17hd1d73b5e509a265eE", scope: !28, file: !27, line: 8, type: !29, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !20, retainedNodes: !32)
!27 = !DIFile(filename: "rcaller.rs", directory: "/src", checksumkind: CSK_MD5, checksum: "ee4a729e2971c9257834d33d8c059351")
!28 = !DINamespace(name: "{impl#0}", scope: !16)
!29 = !DISubroutineType(types: !30)
!30 = !{null, !31}
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut rcaller::Guard", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!32 = !{!33}
!33 = !DILocalVariable(name: "self", arg: 1, scope: !26, file: !27, line: 8, type: !31)
!34 = !DILocation(line: 8, column: 13, scope: !26)
!35 = !DILocation(line: 8, column: 26, scope: !26)
!36 = distinct !DISubprogram(name: "rust_caller", scope: !16, file: !27, line: 13, type: !37, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !20, retainedNodes: !39)
!37 = !DISubroutineType(types: !38)
!38 = !{!19, !19}
!39 = !{!40, !41}
!40 = !DILocalVariable(name: "x", arg: 1, scope: !36, file: !27, line: 13, type: !19)
!41 = !DILocalVariable(name: "_g", scope: !42, file: !27, line: 14, type: !14, align: 32)
!42 = distinct !DILexicalBlock(scope: !36, file: !27, line: 14, column: 5)
!43 = !DILocation(line: 13, column: 20, scope: !36)
!44 = !DILocation(line: 14, column: 9, scope: !42)
!45 = !DILocation(line: 14, column: 14, scope: !36)
!46 = !DILocation(line: 15, column: 14, scope: !42)
!47 = !DILocation(line: 16, column: 1, scope: !36)
!48 = !DILocation(line: 16, column: 2, scope: !36)
!49 = !DILocation(line: 13, column: 1, scope: !36)
