; ModuleID = 'vtables.o'
source_filename = "vtables.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@_ZTV1A = hidden unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI1A, ptr @_ZN1A1fEi, ptr @_ZN1AD2Ev, ptr @_ZN1AD0Ev] }, align 8, !type !0, !type !1, !vcall_visibility !2
@_ZTI1A = external hidden constant { ptr, ptr }, align 8
@_ZTV1B = hidden unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI1B, ptr @_ZN1B1fEi, ptr @_ZN1AD2Ev, ptr @_ZN1BD0Ev] }, align 8, !type !0, !type !1, !type !3, !type !4, !vcall_visibility !2
@_ZTI1B = external hidden constant { ptr, ptr, ptr }, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define available_externally hidden noundef i32 @_ZN1A1fEi(ptr nonnull readnone align 8 captures(none) %0, i32 noundef returned %1) unnamed_addr #0 align 2 {
  ret i32 %1
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define available_externally hidden noundef range(i32 -2147483646, -2147483648) i32 @_ZN1B1fEi(ptr nonnull readnone align 8 captures(none) %0, i32 noundef %1) unnamed_addr #0 align 2 {
  %3 = add nsw i32 %1, 2
  ret i32 %3
}

; Function Attrs: mustprogress nounwind uwtable
declare hidden void @_ZN1AD0Ev() unnamed_addr #1 align 2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
declare hidden void @_ZN1AD2Ev() unnamed_addr #0 align 2

; Function Attrs: inlinehint mustprogress nounwind uwtable
declare hidden void @_ZN1BD0Ev() unnamed_addr #2 align 2

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!5, !6, !7, !8, !9, !10, !11}
!llvm.ident = !{!12}
!llvm.errno.tbaa = !{!13}
!aliases = !{!17}

!0 = !{i64 16, !"_ZTS1A"}
!1 = !{i64 16, !"_ZTSM1AFiiE.virtual"}
!2 = !{i64 1}
!3 = !{i64 16, !"_ZTS1B"}
!4 = !{i64 16, !"_ZTSM1BFiiE.virtual"}
!5 = !{i32 1, !"wchar_size", i32 4}
!6 = !{i32 1, !"Virtual Function Elim", i32 0}
!7 = !{i32 8, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 2}
!10 = !{i32 1, !"EnableSplitLTOUnit", i32 1}
!11 = !{i32 1, !"ThinLTO", i32 0}
!12 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !15, i64 0}
!15 = !{!"omnipotent char", !16, i64 0}
!16 = !{!"Simple C++ TBAA"}
!17 = !{!"_ZN1AD2Ev", !"_ZN1AD1Ev"}

^0 = module: (path: "vtables.o", hash: (0, 0, 0, 0, 0))
^1 = gv: (name: "_ZN1A1fEi", summaries: (function: (module: ^0, flags: (linkage: available_externally, visibility: hidden, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 730422586030321922
^2 = gv: (name: "_ZTV1B", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: hidden, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^5, ^4, ^7, ^9)))) ; guid = 5283576821522790367
^3 = gv: (name: "_ZTI1A") ; guid = 7112837063505133550
^4 = gv: (name: "_ZN1B1fEi", summaries: (function: (module: ^0, flags: (linkage: available_externally, visibility: hidden, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 7162046368816414394
^5 = gv: (name: "_ZTI1B") ; guid = 9025253115610280471
^6 = gv: (name: "_ZTV1A", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: hidden, notEligibleToImport: 1, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^3, ^1, ^8, ^7)))) ; guid = 12105754951942688208
^7 = gv: (name: "_ZN1AD2Ev") ; guid = 16046399711340586471
^8 = gv: (name: "_ZN1AD0Ev") ; guid = 17480910944526103806
^9 = gv: (name: "_ZN1BD0Ev") ; guid = 18232796009683353449
^10 = flags: 8
^11 = blockcount: 0
