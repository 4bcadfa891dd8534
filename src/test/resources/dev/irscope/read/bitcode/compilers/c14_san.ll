; ModuleID = 'c14_san.bc'
source_filename = "san.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

$_ZTSFvvE = comdat any

$_ZTIFvvE = comdat any

$_ZTSFvPFvvEE = comdat any

$_ZTIFvPFvvEE = comdat any

@_ZTVN10__cxxabiv120__function_type_infoE = external global i8*
@_ZTSFvvE = linkonce_odr dso_local constant [5 x i8] c"FvvE\00", comdat, align 1
@_ZTIFvvE = linkonce_odr dso_local constant { i8*, i8* } { i8* bitcast (i8** getelementptr inbounds (i8*, i8** @_ZTVN10__cxxabiv120__function_type_infoE, i64 2) to i8*), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @_ZTSFvvE, i32 0, i32 0) }, comdat, align 8
@0 = private constant i8* bitcast ({ i8*, i8* }* @_ZTIFvvE to i8*)
@_ZTSFvPFvvEE = linkonce_odr dso_local constant [9 x i8] c"FvPFvvEE\00", comdat, align 1
@_ZTIFvPFvvEE = linkonce_odr dso_local constant { i8*, i8* } { i8* bitcast (i8** getelementptr inbounds (i8*, i8** @_ZTVN10__cxxabiv120__function_type_infoE, i64 2) to i8*), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @_ZTSFvPFvvEE, i32 0, i32 0) }, comdat, align 8
@1 = private constant i8* bitcast ({ i8*, i8* }* @_ZTIFvPFvvEE to i8*)
@.src = private unnamed_addr constant [8 x i8] c"san.cpp\00", align 1
@2 = private unnamed_addr constant { i16, i16, [13 x i8] } { i16 -1, i16 0, [13 x i8] c"'void (*)()'\00" }
@3 = private unnamed_addr global { { [8 x i8]*, i32, i32 }, { i16, i16, [13 x i8] }* } { { [8 x i8]*, i32, i32 } { [8 x i8]* @.src, i32 3, i32 23 }, { i16, i16, [13 x i8] }* @2 }

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local void @_Z1fv() #0 prologue <{ i32, i32 }> <{ i32 846595819, i32 trunc (i64 sub (i64 ptrtoint (i8** @0 to i64), i64 ptrtoint (void ()* @_Z1fv to i64)) to i32) }> {
  ret void
}

; Function Attrs: mustprogress uwtable
define dso_local void @_Z1gPFvvE(void ()* noundef %0) #1 prologue <{ i32, i32 }> <{ i32 846595819, i32 trunc (i64 sub (i64 ptrtoint (i8** @1 to i64), i64 ptrtoint (void (void ()*)* @_Z1gPFvvE to i64)) to i32) }> {
  %2 = bitcast void ()* %0 to i32*
  %3 = load i32, i32* %2, align 4, !nosanitize !5
  %4 = icmp eq i32 %3, 846595819, !nosanitize !5
  br i1 %4, label %5, label %17, !nosanitize !5

5:                                                ; preds = %1
  %6 = bitcast void ()* %0 to <{ i32, i32 }>*, !nosanitize !5
  %7 = getelementptr <{ i32, i32 }>, <{ i32, i32 }>* %6, i64 0, i32 1, !nosanitize !5
  %8 = load i32, i32* %7, align 8, !nosanitize !5
  %9 = sext i32 %8 to i64, !nosanitize !5
  %10 = ptrtoint void ()* %0 to i64, !nosanitize !5
  %11 = add i64 %9, %10, !nosanitize !5
  %12 = inttoptr i64 %11 to i8**, !nosanitize !5
  %13 = load i8*, i8** %12, align 8, !nosanitize !5
  %14 = icmp eq i8* %13, bitcast ({ i8*, i8* }* @_ZTIFvvE to i8*), !nosanitize !5
  br i1 %14, label %17, label %15, !prof !6, !nosanitize !5

15:                                               ; preds = %5
  %16 = ptrtoint i8* %13 to i64, !nosanitize !5
  call void @__ubsan_handle_function_type_mismatch_v1(i8* bitcast ({ { [8 x i8]*, i32, i32 }, { i16, i16, [13 x i8] }* }* @3 to i8*), i64 %10, i64 %16, i64 ptrtoint ({ i8*, i8* }* @_ZTIFvvE to i64)) #3, !nosanitize !5
  br label %17, !nosanitize !5

17:                                               ; preds = %5, %15, %1
  call void %0()
  ret void
}

; Function Attrs: uwtable
declare void @__ubsan_handle_function_type_mismatch_v1(i8*, i64, i64, i64) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { uwtable }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{}
!6 = !{!"branch_weights", i32 1048575, i32 1}
