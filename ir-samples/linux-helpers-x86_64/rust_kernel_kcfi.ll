; ModuleID = 'kernel.928f8b64daf67ba8-cgu.0'
source_filename = "kernel.928f8b64daf67ba8-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; kernel::c_str_len
; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef i64 @_RNvCscA8DnHRMiI6_6kernel9c_str_len(ptr noundef %s) unnamed_addr #0 !kcfi_type !5 {
start:
  %_0 = tail call noundef i64 @rust_helper_strlen(ptr noundef %s) #1
  ret i64 %_0
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_copy(ptr noundef %dst, ptr noundef %src, i64 noundef %n) unnamed_addr #0 !kcfi_type !6 {
start:
  tail call void @rust_helper_memcpy(ptr noundef %dst, ptr noundef %src, i64 noundef %n) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef i64 @rust_err_roundtrip(i64 noundef %err) unnamed_addr #0 !kcfi_type !7 {
start:
  %p = tail call noundef ptr @rust_helper_ERR_PTR(i64 noundef %err) #1
  %_3 = tail call noundef zeroext i1 @rust_helper_IS_ERR(ptr noundef %p) #1
  br i1 %_3, label %bb3, label %bb5

bb3:                                              ; preds = %start
  %0 = tail call noundef i64 @rust_helper_PTR_ERR(ptr noundef %p) #1
  br label %bb5

bb5:                                              ; preds = %start, %bb3
  %_0.sroa.0.0 = phi i64 [ %0, %bb3 ], [ 0, %start ]
  ret i64 %_0.sroa.0.0
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_refcount_get(ptr noundef %r) unnamed_addr #0 !kcfi_type !8 {
start:
  tail call void @rust_helper_refcount_inc(ptr noundef %r) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef zeroext i1 @rust_refcount_put(ptr noundef %r) unnamed_addr #0 !kcfi_type !9 {
start:
  %_0 = tail call noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef %r) #1
  ret i1 %_0
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_with_lock(ptr noundef %l, ptr noundef %r) unnamed_addr #0 !kcfi_type !10 {
start:
  tail call void @rust_helper_spin_lock(ptr noundef %l) #1
  tail call void @rust_helper_refcount_inc(ptr noundef %r) #1
  tail call void @rust_helper_spin_unlock(ptr noundef %l) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !5 dso_local noundef i64 @rust_helper_strlen(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !6 dso_local void @rust_helper_memcpy(ptr noundef, ptr noundef, i64 noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !11 dso_local noundef ptr @rust_helper_ERR_PTR(i64 noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !12 dso_local noundef zeroext i1 @rust_helper_IS_ERR(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !13 dso_local noundef i64 @rust_helper_PTR_ERR(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !8 dso_local void @rust_helper_refcount_inc(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !9 dso_local noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !14 dso_local void @rust_helper_spin_lock(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare !kcfi_type !14 dso_local void @rust_helper_spin_unlock(ptr noundef) unnamed_addr #0

attributes #0 = { fn_ret_thunk_extern noredzone nounwind "target-cpu"="generic" "target-features"="-mmx,+soft-float,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"Code Model", i32 2}
!1 = !{i32 4, !"kcfi", i32 1}
!2 = !{i32 4, !"cf-protection-branch", i32 1}
!3 = !{i32 4, !"function_return_thunk_extern", i32 1}
!4 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
!5 = !{i32 -89234954}
!6 = !{i32 1789949191}
!7 = !{i32 976808786}
!8 = !{i32 -314657246}
!9 = !{i32 1272375798}
!10 = !{i32 152491555}
!11 = !{i32 -1364359833}
!12 = !{i32 1454483300}
!13 = !{i32 -1793497174}
!14 = !{i32 -1833174904}
