; ModuleID = './c19_g.bc'
source_filename = "calls.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.pair = type { i64, ptr }

@dispatch.table = internal global [2 x ptr] [ptr blockaddress(@dispatch, %10), ptr blockaddress(@dispatch, %14)], align 16, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"%ld\0A\00", align 1, !dbg !9

@aliased = dso_local alias i32 (i32), ptr @twice

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @twice(i32 noundef %0) #0 !dbg !28 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !29, !DIExpression(), !30)
  %3 = load i32, ptr %2, align 4, !dbg !31
  %4 = call i32 @helper(i32 noundef %3), !dbg !32
  %5 = load i32, ptr %2, align 4, !dbg !33
  %6 = add nsw i32 %5, 1, !dbg !34
  %7 = call i32 @helper(i32 noundef %6), !dbg !35
  %8 = add nsw i32 %4, %7, !dbg !36
  ret i32 %8, !dbg !37
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @helper(i32 noundef %0) #0 !dbg !38 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !39, !DIExpression(), !40)
  %3 = load i32, ptr %2, align 4, !dbg !41
  %4 = mul nsw i32 %3, 3, !dbg !42
  %5 = add nsw i32 %4, 1, !dbg !43
  ret i32 %5, !dbg !44
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sum(i32 noundef %0, ...) #0 !dbg !45 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !48, !DIExpression(), !49)
    #dbg_declare(ptr %3, !50, !DIExpression(), !64)
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !65
  call void @llvm.va_start.p0(ptr %6), !dbg !65
    #dbg_declare(ptr %4, !66, !DIExpression(), !67)
  store i32 0, ptr %4, align 4, !dbg !67
    #dbg_declare(ptr %5, !68, !DIExpression(), !70)
  store i32 0, ptr %5, align 4, !dbg !70
  br label %7, !dbg !71

7:                                                ; preds = %30, %1
  %8 = load i32, ptr %5, align 4, !dbg !72
  %9 = load i32, ptr %2, align 4, !dbg !74
  %10 = icmp slt i32 %8, %9, !dbg !75
  br i1 %10, label %11, label %33, !dbg !76

11:                                               ; preds = %7
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !77
  %13 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 0, !dbg !77
  %14 = load i32, ptr %13, align 16, !dbg !77
  %15 = icmp ule i32 %14, 40, !dbg !77
  br i1 %15, label %16, label %21, !dbg !77

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 3, !dbg !77
  %18 = load ptr, ptr %17, align 16, !dbg !77
  %19 = getelementptr i8, ptr %18, i32 %14, !dbg !77
  %20 = add i32 %14, 8, !dbg !77
  store i32 %20, ptr %13, align 16, !dbg !77
  br label %25, !dbg !77

21:                                               ; preds = %11
  %22 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 2, !dbg !77
  %23 = load ptr, ptr %22, align 8, !dbg !77
  %24 = getelementptr i8, ptr %23, i32 8, !dbg !77
  store ptr %24, ptr %22, align 8, !dbg !77
  br label %25, !dbg !77

25:                                               ; preds = %21, %16
  %26 = phi ptr [ %19, %16 ], [ %23, %21 ], !dbg !77
  %27 = load i32, ptr %26, align 4, !dbg !77
  %28 = load i32, ptr %4, align 4, !dbg !78
  %29 = add nsw i32 %28, %27, !dbg !78
  store i32 %29, ptr %4, align 4, !dbg !78
  br label %30, !dbg !79

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4, !dbg !80
  %32 = add nsw i32 %31, 1, !dbg !80
  store i32 %32, ptr %5, align 4, !dbg !80
  br label %7, !dbg !81, !llvm.loop !82

33:                                               ; preds = %7
  %34 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !85
  call void @llvm.va_end.p0(ptr %34), !dbg !85
  %35 = load i32, ptr %4, align 4, !dbg !86
  ret i32 %35, !dbg !87
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x i32> @vec(<4 x i32> noundef %0, <4 x i32> noundef %1) #2 !dbg !88 {
  %3 = alloca <4 x i32>, align 16
  %4 = alloca <4 x i32>, align 16
  store <4 x i32> %0, ptr %3, align 16
    #dbg_declare(ptr %3, !95, !DIExpression(), !96)
  store <4 x i32> %1, ptr %4, align 16
    #dbg_declare(ptr %4, !97, !DIExpression(), !98)
  %5 = load <4 x i32>, ptr %3, align 16, !dbg !99
  %6 = load <4 x i32>, ptr %4, align 16, !dbg !100
  %7 = add <4 x i32> %5, %6, !dbg !101
  ret <4 x i32> %7, !dbg !102
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @call_ptr(ptr noundef %0, i32 noundef %1) #0 !dbg !103 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !107, !DIExpression(), !108)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !109, !DIExpression(), !110)
  %5 = load ptr, ptr %3, align 8, !dbg !111
  %6 = load i32, ptr %4, align 4, !dbg !112
  %7 = call i32 %5(i32 noundef %6), !dbg !111
  %8 = load i32, ptr %4, align 4, !dbg !113
  %9 = call i32 @twice(i32 noundef %8), !dbg !114
  %10 = add nsw i32 %7, %9, !dbg !115
  ret i32 %10, !dbg !116
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @use_asm(i32 noundef %0) #0 !dbg !117 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !118, !DIExpression(), !119)
    #dbg_declare(ptr %3, !120, !DIExpression(), !121)
  %4 = load i32, ptr %2, align 4, !dbg !122
  %5 = call i32 asm sideeffect "mov $1, $0", "=r,r,~{dirflag},~{fpsr},~{flags}"(i32 %4) #5, !dbg !123, !srcloc !124
  store i32 %5, ptr %3, align 4, !dbg !123
  %6 = load i32, ptr %3, align 4, !dbg !125
  ret i32 %6, !dbg !126
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @dispatch(i32 noundef %0) #0 !dbg !2 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !127, !DIExpression(), !128)
    #dbg_declare(ptr %4, !129, !DIExpression(), !130)
  store i32 0, ptr %4, align 4, !dbg !130
  %5 = load i32, ptr %3, align 4, !dbg !131
  %6 = and i32 %5, 1, !dbg !132
  %7 = sext i32 %6 to i64, !dbg !133
  %8 = getelementptr inbounds [2 x ptr], ptr @dispatch.table, i64 0, i64 %7, !dbg !133
  %9 = load ptr, ptr %8, align 8, !dbg !133
  br label %20, !dbg !134

10:                                               ; preds = %20
    #dbg_label(!135, !136)
  %11 = load i32, ptr %4, align 4, !dbg !137
  %12 = add nsw i32 %11, 1, !dbg !137
  store i32 %12, ptr %4, align 4, !dbg !137
  %13 = load i32, ptr %4, align 4, !dbg !138
  store i32 %13, ptr %2, align 4, !dbg !139
  br label %18, !dbg !139

14:                                               ; preds = %20
    #dbg_label(!140, !141)
  %15 = load i32, ptr %4, align 4, !dbg !142
  %16 = sub nsw i32 %15, 1, !dbg !142
  store i32 %16, ptr %4, align 4, !dbg !142
  %17 = load i32, ptr %4, align 4, !dbg !143
  store i32 %17, ptr %2, align 4, !dbg !144
  br label %18, !dbg !144

18:                                               ; preds = %14, %10
  %19 = load i32, ptr %2, align 4, !dbg !145
  ret i32 %19, !dbg !145

20:                                               ; preds = %1
  %21 = phi ptr [ %9, %1 ]
  indirectbr ptr %21, [label %10, label %14]
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @pass(i64 %0, ptr %1) #0 !dbg !146 {
  %3 = alloca %struct.pair, align 8
  %4 = getelementptr inbounds { i64, ptr }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %4, align 8
  %5 = getelementptr inbounds { i64, ptr }, ptr %3, i32 0, i32 1
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %3, !154, !DIExpression(), !155)
  %6 = call i32 (i32, ...) @sum(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3), !dbg !156
  %7 = getelementptr inbounds { i64, ptr }, ptr %3, i32 0, i32 0, !dbg !157
  %8 = load i64, ptr %7, align 8, !dbg !157
  %9 = getelementptr inbounds { i64, ptr }, ptr %3, i32 0, i32 1, !dbg !157
  %10 = load ptr, ptr %9, align 8, !dbg !157
  %11 = call i32 @ext(i64 %8, ptr %10, i32 noundef %6), !dbg !157
  %12 = getelementptr inbounds %struct.pair, ptr %3, i32 0, i32 0, !dbg !158
  %13 = load i64, ptr %12, align 8, !dbg !158
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %13), !dbg !159
  %15 = add nsw i32 %11, %14, !dbg !160
  ret i32 %15, !dbg !161
}

declare i32 @ext(i64, ptr, i32 noundef) #3

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @copy(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !162 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !169, !DIExpression(), !170)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !171, !DIExpression(), !172)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !173, !DIExpression(), !174)
  %7 = load ptr, ptr %4, align 8, !dbg !175
  %8 = load ptr, ptr %5, align 8, !dbg !176
  %9 = load i64, ptr %6, align 8, !dbg !177
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 %8, i64 %9, i1 false), !dbg !178
  ret void, !dbg !179
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!20, !21, !22, !23, !24, !25, !26}
!llvm.ident = !{!27}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "table", scope: !2, file: !3, line: 20, type: !16, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "dispatch", scope: !3, file: !3, line: 19, type: !4, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!3 = !DIFile(filename: "calls.c", directory: "/work/wt/bitcode/src/test/resources/dev/irscope/read/bitcode/compilers", checksumkind: CSK_MD5, checksum: "96ef1afc2db67f43f19401814ee1988d")
!4 = !DISubroutineType(types: !5)
!5 = !{!6, !6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0, !9}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !3, line: 26, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 40, elements: !13)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !{!14}
!14 = !DISubrange(count: 5)
!15 = !{}
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !17, size: 128, elements: !18)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!18 = !{!19}
!19 = !DISubrange(count: 2)
!20 = !{i32 7, !"Dwarf Version", i32 5}
!21 = !{i32 2, !"Debug Info Version", i32 3}
!22 = !{i32 1, !"wchar_size", i32 4}
!23 = !{i32 8, !"PIC Level", i32 2}
!24 = !{i32 7, !"PIE Level", i32 2}
!25 = !{i32 7, !"uwtable", i32 2}
!26 = !{i32 7, !"frame-pointer", i32 2}
!27 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!28 = distinct !DISubprogram(name: "twice", scope: !3, file: !3, line: 10, type: !4, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!29 = !DILocalVariable(name: "x", arg: 1, scope: !28, file: !3, line: 10, type: !6)
!30 = !DILocation(line: 10, column: 41, scope: !28)
!31 = !DILocation(line: 10, column: 60, scope: !28)
!32 = !DILocation(line: 10, column: 53, scope: !28)
!33 = !DILocation(line: 10, column: 72, scope: !28)
!34 = !DILocation(line: 10, column: 74, scope: !28)
!35 = !DILocation(line: 10, column: 65, scope: !28)
!36 = !DILocation(line: 10, column: 63, scope: !28)
!37 = !DILocation(line: 10, column: 46, scope: !28)
!38 = distinct !DISubprogram(name: "helper", scope: !3, file: !3, line: 9, type: !4, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !15)
!39 = !DILocalVariable(name: "x", arg: 1, scope: !38, file: !3, line: 9, type: !6)
!40 = !DILocation(line: 9, column: 23, scope: !38)
!41 = !DILocation(line: 9, column: 35, scope: !38)
!42 = !DILocation(line: 9, column: 37, scope: !38)
!43 = !DILocation(line: 9, column: 41, scope: !38)
!44 = !DILocation(line: 9, column: 28, scope: !38)
!45 = distinct !DISubprogram(name: "sum", scope: !3, file: !3, line: 11, type: !46, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!46 = !DISubroutineType(types: !47)
!47 = !{!6, !6, null}
!48 = !DILocalVariable(name: "n", arg: 1, scope: !45, file: !3, line: 11, type: !6)
!49 = !DILocation(line: 11, column: 13, scope: !45)
!50 = !DILocalVariable(name: "ap", scope: !45, file: !3, line: 12, type: !51)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !52, line: 12, baseType: !53)
!52 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "7bd78a282b99fcfe41a9e3c566d14f7d")
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !54)
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 192, elements: !62)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !56)
!56 = !{!57, !59, !60, !61}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !55, file: !3, line: 12, baseType: !58, size: 32)
!58 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !55, file: !3, line: 12, baseType: !58, size: 32, offset: 32)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !55, file: !3, line: 12, baseType: !17, size: 64, offset: 64)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !55, file: !3, line: 12, baseType: !17, size: 64, offset: 128)
!62 = !{!63}
!63 = !DISubrange(count: 1)
!64 = !DILocation(line: 12, column: 11, scope: !45)
!65 = !DILocation(line: 12, column: 15, scope: !45)
!66 = !DILocalVariable(name: "s", scope: !45, file: !3, line: 12, type: !6)
!67 = !DILocation(line: 12, column: 36, scope: !45)
!68 = !DILocalVariable(name: "i", scope: !69, file: !3, line: 13, type: !6)
!69 = distinct !DILexicalBlock(scope: !45, file: !3, line: 13, column: 3)
!70 = !DILocation(line: 13, column: 12, scope: !69)
!71 = !DILocation(line: 13, column: 8, scope: !69)
!72 = !DILocation(line: 13, column: 19, scope: !73)
!73 = distinct !DILexicalBlock(scope: !69, file: !3, line: 13, column: 3)
!74 = !DILocation(line: 13, column: 23, scope: !73)
!75 = !DILocation(line: 13, column: 21, scope: !73)
!76 = !DILocation(line: 13, column: 3, scope: !69)
!77 = !DILocation(line: 13, column: 36, scope: !73)
!78 = !DILocation(line: 13, column: 33, scope: !73)
!79 = !DILocation(line: 13, column: 31, scope: !73)
!80 = !DILocation(line: 13, column: 27, scope: !73)
!81 = !DILocation(line: 13, column: 3, scope: !73)
!82 = distinct !{!82, !76, !83, !84}
!83 = !DILocation(line: 13, column: 36, scope: !69)
!84 = !{!"llvm.loop.mustprogress"}
!85 = !DILocation(line: 14, column: 3, scope: !45)
!86 = !DILocation(line: 14, column: 22, scope: !45)
!87 = !DILocation(line: 14, column: 15, scope: !45)
!88 = distinct !DISubprogram(name: "vec", scope: !3, file: !3, line: 16, type: !89, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!89 = !DISubroutineType(types: !90)
!90 = !{!91, !91, !91}
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4", file: !3, line: 6, baseType: !92)
!92 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 128, flags: DIFlagVector, elements: !93)
!93 = !{!94}
!94 = !DISubrange(count: 4)
!95 = !DILocalVariable(name: "a", arg: 1, scope: !88, file: !3, line: 16, type: !91)
!96 = !DILocation(line: 16, column: 11, scope: !88)
!97 = !DILocalVariable(name: "b", arg: 2, scope: !88, file: !3, line: 16, type: !91)
!98 = !DILocation(line: 16, column: 17, scope: !88)
!99 = !DILocation(line: 16, column: 29, scope: !88)
!100 = !DILocation(line: 16, column: 33, scope: !88)
!101 = !DILocation(line: 16, column: 31, scope: !88)
!102 = !DILocation(line: 16, column: 22, scope: !88)
!103 = distinct !DISubprogram(name: "call_ptr", scope: !3, file: !3, line: 17, type: !104, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!104 = !DISubroutineType(types: !105)
!105 = !{!6, !106, !6}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!107 = !DILocalVariable(name: "f", arg: 1, scope: !103, file: !3, line: 17, type: !106)
!108 = !DILocation(line: 17, column: 20, scope: !103)
!109 = !DILocalVariable(name: "x", arg: 2, scope: !103, file: !3, line: 17, type: !6)
!110 = !DILocation(line: 17, column: 33, scope: !103)
!111 = !DILocation(line: 17, column: 45, scope: !103)
!112 = !DILocation(line: 17, column: 47, scope: !103)
!113 = !DILocation(line: 17, column: 58, scope: !103)
!114 = !DILocation(line: 17, column: 52, scope: !103)
!115 = !DILocation(line: 17, column: 50, scope: !103)
!116 = !DILocation(line: 17, column: 38, scope: !103)
!117 = distinct !DISubprogram(name: "use_asm", scope: !3, file: !3, line: 18, type: !4, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!118 = !DILocalVariable(name: "x", arg: 1, scope: !117, file: !3, line: 18, type: !6)
!119 = !DILocation(line: 18, column: 17, scope: !117)
!120 = !DILocalVariable(name: "y", scope: !117, file: !3, line: 18, type: !6)
!121 = !DILocation(line: 18, column: 26, scope: !117)
!122 = !DILocation(line: 18, column: 75, scope: !117)
!123 = !DILocation(line: 18, column: 29, scope: !117)
!124 = !{i64 771}
!125 = !DILocation(line: 18, column: 87, scope: !117)
!126 = !DILocation(line: 18, column: 80, scope: !117)
!127 = !DILocalVariable(name: "op", arg: 1, scope: !2, file: !3, line: 19, type: !6)
!128 = !DILocation(line: 19, column: 18, scope: !2)
!129 = !DILocalVariable(name: "v", scope: !2, file: !3, line: 21, type: !6)
!130 = !DILocation(line: 21, column: 7, scope: !2)
!131 = !DILocation(line: 22, column: 15, scope: !2)
!132 = !DILocation(line: 22, column: 18, scope: !2)
!133 = !DILocation(line: 22, column: 9, scope: !2)
!134 = !DILocation(line: 22, column: 3, scope: !2)
!135 = !DILabel(scope: !2, name: "add", file: !3, line: 23)
!136 = !DILocation(line: 23, column: 1, scope: !2)
!137 = !DILocation(line: 23, column: 8, scope: !2)
!138 = !DILocation(line: 23, column: 21, scope: !2)
!139 = !DILocation(line: 23, column: 14, scope: !2)
!140 = !DILabel(scope: !2, name: "sub", file: !3, line: 24)
!141 = !DILocation(line: 24, column: 1, scope: !2)
!142 = !DILocation(line: 24, column: 8, scope: !2)
!143 = !DILocation(line: 24, column: 21, scope: !2)
!144 = !DILocation(line: 24, column: 14, scope: !2)
!145 = !DILocation(line: 25, column: 1, scope: !2)
!146 = distinct !DISubprogram(name: "pass", scope: !3, file: !3, line: 26, type: !147, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!147 = !DISubroutineType(types: !148)
!148 = !{!6, !149}
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !3, line: 5, size: 128, elements: !150)
!150 = !{!151, !153}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !149, file: !3, line: 5, baseType: !152, size: 64)
!152 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!153 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !149, file: !3, line: 5, baseType: !17, size: 64, offset: 64)
!154 = !DILocalVariable(name: "p", arg: 1, scope: !146, file: !3, line: 26, type: !149)
!155 = !DILocation(line: 26, column: 22, scope: !146)
!156 = !DILocation(line: 26, column: 41, scope: !146)
!157 = !DILocation(line: 26, column: 34, scope: !146)
!158 = !DILocation(line: 26, column: 78, scope: !146)
!159 = !DILocation(line: 26, column: 60, scope: !146)
!160 = !DILocation(line: 26, column: 58, scope: !146)
!161 = !DILocation(line: 26, column: 27, scope: !146)
!162 = distinct !DISubprogram(name: "copy", scope: !3, file: !3, line: 28, type: !163, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !15)
!163 = !DISubroutineType(types: !164)
!164 = !{null, !165, !166, !168}
!165 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!166 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !167, size: 64)
!167 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!168 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!169 = !DILocalVariable(name: "d", arg: 1, scope: !162, file: !3, line: 28, type: !165)
!170 = !DILocation(line: 28, column: 17, scope: !162)
!171 = !DILocalVariable(name: "s", arg: 2, scope: !162, file: !3, line: 28, type: !166)
!172 = !DILocation(line: 28, column: 32, scope: !162)
!173 = !DILocalVariable(name: "n", arg: 3, scope: !162, file: !3, line: 28, type: !168)
!174 = !DILocation(line: 28, column: 49, scope: !162)
!175 = !DILocation(line: 28, column: 61, scope: !162)
!176 = !DILocation(line: 28, column: 64, scope: !162)
!177 = !DILocation(line: 28, column: 67, scope: !162)
!178 = !DILocation(line: 28, column: 54, scope: !162)
!179 = !DILocation(line: 28, column: 71, scope: !162)
