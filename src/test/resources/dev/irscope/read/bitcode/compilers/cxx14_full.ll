; ModuleID = './cxx14_full.bc'
source_filename = "eh.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%"class.std::runtime_error" = type { %"class.std::exception", %"struct.std::__cow_string" }
%"class.std::exception" = type { i32 (...)** }
%"struct.std::__cow_string" = type { %union.anon }
%union.anon = type { i8* }

$_ZZ3inliE1n = comdat any

@.str = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@_ZTISt13runtime_error = external constant i8*
@_ZTISt9exception = external constant i8*
@_ZZ3inliE1n = linkonce_odr dso_local local_unnamed_addr global i32 0, comdat, align 4

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z9may_throwi(i32 noundef %0) local_unnamed_addr #0 personality i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*) {
  %2 = icmp slt i32 %0, 0
  br i1 %2, label %3, label %9

3:                                                ; preds = %1
  %4 = tail call i8* @__cxa_allocate_exception(i64 16) #5
  %5 = bitcast i8* %4 to %"class.std::runtime_error"*
  invoke void @_ZNSt13runtime_errorC1EPKc(%"class.std::runtime_error"* noundef nonnull align 8 dereferenceable(16) %5, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0))
          to label %6 unwind label %7

6:                                                ; preds = %3
  tail call void @__cxa_throw(i8* %4, i8* bitcast (i8** @_ZTISt13runtime_error to i8*), i8* bitcast (void (%"class.std::runtime_error"*)* @_ZNSt13runtime_errorD1Ev to i8*)) #6
  unreachable

7:                                                ; preds = %3
  %8 = landingpad { i8*, i32 }
          cleanup
  tail call void @__cxa_free_exception(i8* %4) #5
  resume { i8*, i32 } %8

9:                                                ; preds = %1
  %10 = load i32, i32* @_ZZ3inliE1n, align 4, !tbaa !7
  %11 = add nsw i32 %10, 1
  store i32 %11, i32* @_ZZ3inliE1n, align 4, !tbaa !7
  %12 = add nsw i32 %11, %0
  ret i32 %12
}

declare i8* @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @_ZNSt13runtime_errorC1EPKc(%"class.std::runtime_error"* noundef nonnull align 8 dereferenceable(16), i8* noundef) unnamed_addr #1

declare i32 @__gxx_personality_v0(...)

declare void @__cxa_free_exception(i8*) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(%"class.std::runtime_error"* noundef nonnull align 8 dereferenceable(16)) unnamed_addr #2

declare void @__cxa_throw(i8*, i8*, i8*) local_unnamed_addr

; Function Attrs: uwtable
define dso_local noundef i32 @_Z7guardedi(i32 noundef %0) local_unnamed_addr #3 personality i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*) {
  %2 = icmp slt i32 %0, 0
  br i1 %2, label %3, label %10

3:                                                ; preds = %1
  %4 = tail call i8* @__cxa_allocate_exception(i64 16) #5
  %5 = bitcast i8* %4 to %"class.std::runtime_error"*
  invoke void @_ZNSt13runtime_errorC1EPKc(%"class.std::runtime_error"* noundef nonnull align 8 dereferenceable(16) %5, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0))
          to label %6 unwind label %8

6:                                                ; preds = %3
  invoke void @__cxa_throw(i8* %4, i8* bitcast (i8** @_ZTISt13runtime_error to i8*), i8* bitcast (void (%"class.std::runtime_error"*)* @_ZNSt13runtime_errorD1Ev to i8*)) #6
          to label %7 unwind label %15

7:                                                ; preds = %6
  unreachable

8:                                                ; preds = %3
  %9 = landingpad { i8*, i32 }
          cleanup
          catch i8* bitcast (i8** @_ZTISt9exception to i8*)
  tail call void @__cxa_free_exception(i8* %4) #5
  br label %17

10:                                               ; preds = %1
  %11 = load i32, i32* @_ZZ3inliE1n, align 4, !tbaa !7
  %12 = add nsw i32 %11, 1
  store i32 %12, i32* @_ZZ3inliE1n, align 4, !tbaa !7
  %13 = shl nuw i32 %0, 1
  %14 = add i32 %12, %13
  br label %25

15:                                               ; preds = %6
  %16 = landingpad { i8*, i32 }
          cleanup
          catch i8* bitcast (i8** @_ZTISt9exception to i8*)
  br label %17

17:                                               ; preds = %15, %8
  %18 = phi { i8*, i32 } [ %16, %15 ], [ %9, %8 ]
  %19 = extractvalue { i8*, i32 } %18, 1
  %20 = tail call i32 @llvm.eh.typeid.for(i8* bitcast (i8** @_ZTISt9exception to i8*)) #5
  %21 = icmp eq i32 %19, %20
  br i1 %21, label %22, label %27

22:                                               ; preds = %17
  %23 = extractvalue { i8*, i32 } %18, 0
  %24 = tail call i8* @__cxa_begin_catch(i8* %23) #5
  tail call void @__cxa_end_catch()
  br label %25

25:                                               ; preds = %22, %10
  %26 = phi i32 [ %14, %10 ], [ -1, %22 ]
  ret i32 %26

27:                                               ; preds = %17
  resume { i8*, i32 } %18
}

; Function Attrs: nounwind readnone
declare i32 @llvm.eh.typeid.for(i8*) #4

declare i8* @__cxa_begin_catch(i8*) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

attributes #0 = { mustprogress uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind readnone }
attributes #5 = { nounwind }
attributes #6 = { noreturn }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5}
!llvm.ident = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 1, !"ThinLTO", i32 0}
!5 = !{i32 1, !"EnableSplitLTOUnit", i32 1}
!6 = !{!"Debian clang version 14.0.6"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C++ TBAA"}

^0 = module: (path: "./cxx14_full.bc", hash: (0, 0, 0, 0, 0))
^1 = gv: (name: "_ZNSt13runtime_errorC1EPKc") ; guid = 369712973958491204
^2 = gv: (name: "__gxx_personality_v0") ; guid = 1233668236132380018
^3 = gv: (name: "_ZNSt13runtime_errorD1Ev") ; guid = 1530413555705337537
^4 = gv: (name: "__cxa_begin_catch") ; guid = 2822380080272388849
^5 = gv: (name: "_Z7guardedi", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 30, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 0, mayThrow: 1, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15), (callee: ^1), (callee: ^13), (callee: ^6), (callee: ^4), (callee: ^11)), refs: (^2, ^9, ^3, ^10, ^14, ^8)))) ; guid = 4783933270466674507
^6 = gv: (name: "__cxa_free_exception") ; guid = 5135209714110671627
^7 = gv: (name: "_Z9may_throwi", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 0, mayThrow: 1, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15), (callee: ^1), (callee: ^13), (callee: ^6)), refs: (^2, ^9, ^3, ^10, ^8)))) ; guid = 6192228050468492085
^8 = gv: (name: "_ZZ3inliE1n", summaries: (variable: (module: ^0, flags: (linkage: linkonce_odr, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 0, writeonly: 0, constant: 0)))) ; guid = 8525458195091069729
^9 = gv: (name: ".str", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 9438495707805951619
^10 = gv: (name: "_ZTISt13runtime_error") ; guid = 9671766848796698146
^11 = gv: (name: "__cxa_end_catch") ; guid = 10158920175350430535
^12 = gv: (name: "llvm.eh.typeid.for") ; guid = 10179716683465369019
^13 = gv: (name: "__cxa_throw") ; guid = 11744965366672030630
^14 = gv: (name: "_ZTISt9exception") ; guid = 13153987912410578352
^15 = gv: (name: "__cxa_allocate_exception") ; guid = 15475840464582149017
^16 = flags: 8
^17 = blockcount: 16
