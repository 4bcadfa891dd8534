; ModuleID = 'keep.6cfabfef586f3334-cgu.0'
source_filename = "keep.6cfabfef586f3334-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @"_ZN44_$LT$keep..Counter$u20$as$u20$keep..Step$GT$4step17h150facac59e58b28E" }>, align 8

; <keep::Counter as keep::Step>::step
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i32 @"_ZN44_$LT$keep..Counter$u20$as$u20$keep..Step$GT$4step17h150facac59e58b28E"(ptr noalias nonnull readonly align 1 captures(none) %self, i32 noundef %x) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_keep_inc(i32 noundef %x) #3
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @keep_call(i32 noundef %n) unnamed_addr #0 {
start:
  %0 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store ptr inttoptr (i64 1 to ptr), ptr %0, align 8
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store ptr @vtable.0, ptr %1, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #3, !srcloc !3
  %t.0 = load ptr, ptr %0, align 8, !nonnull !4, !align !5, !noundef !4
  %t.1 = load ptr, ptr %1, align 8, !nonnull !4, !align !6, !noundef !4
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  %2 = getelementptr inbounds nuw i8, ptr %t.1, i64 24
  %3 = load ptr, ptr %2, align 8, !invariant.load !4, !nonnull !4
  %_0 = call noundef i32 %3(ptr noundef nonnull align 1 %t.0, i32 noundef %n) #4
  ret i32 %_0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i32 @r_keep_add(i32 noundef %a) unnamed_addr #1 {
start:
  %_0 = add i32 %a, 7
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_keep_inc(i32 noundef) unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }
attributes #4 = { inlinehint nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i64 1978313476605729}
!4 = !{}
!5 = !{i64 1}
!6 = !{i64 8}
