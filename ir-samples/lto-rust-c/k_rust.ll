; ModuleID = 'k_rust.o'
source_filename = "kernel.928f8b64daf67ba8-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef i64 @_RNvCscA8DnHRMiI6_6kernel9c_str_len(ptr noundef %0) unnamed_addr #0 {
  %2 = tail call noundef i64 @rust_helper_strlen(ptr noundef %0) #1
  ret i64 %2
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_copy(ptr noundef %0, ptr noundef %1, i64 noundef %2) unnamed_addr #0 {
  tail call void @rust_helper_memcpy(ptr noundef %0, ptr noundef %1, i64 noundef %2) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef i64 @rust_err_roundtrip(i64 noundef %0) unnamed_addr #0 {
  %2 = tail call noundef ptr @rust_helper_ERR_PTR(i64 noundef %0) #1
  %3 = tail call noundef zeroext i1 @rust_helper_IS_ERR(ptr noundef %2) #1
  br i1 %3, label %4, label %6

4:                                                ; preds = %1
  %5 = tail call noundef i64 @rust_helper_PTR_ERR(ptr noundef %2) #1
  br label %6

6:                                                ; preds = %4, %1
  %7 = phi i64 [ %5, %4 ], [ 0, %1 ]
  ret i64 %7
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_refcount_get(ptr noundef %0) unnamed_addr #0 {
  tail call void @rust_helper_refcount_inc(ptr noundef %0) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local noundef zeroext i1 @rust_refcount_put(ptr noundef %0) unnamed_addr #0 {
  %2 = tail call noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef %0) #1
  ret i1 %2
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
define dso_local void @rust_with_lock(ptr noundef %0, ptr noundef %1) unnamed_addr #0 {
  tail call void @rust_helper_spin_lock(ptr noundef %0) #1
  tail call void @rust_helper_refcount_inc(ptr noundef %1) #1
  tail call void @rust_helper_spin_unlock(ptr noundef %0) #1
  ret void
}

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local noundef i64 @rust_helper_strlen(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local void @rust_helper_memcpy(ptr noundef, ptr noundef, i64 noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local noundef ptr @rust_helper_ERR_PTR(i64 noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local noundef zeroext i1 @rust_helper_IS_ERR(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local noundef i64 @rust_helper_PTR_ERR(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local void @rust_helper_refcount_inc(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local void @rust_helper_spin_lock(ptr noundef) unnamed_addr #0

; Function Attrs: fn_ret_thunk_extern noredzone nounwind
declare dso_local void @rust_helper_spin_unlock(ptr noundef) unnamed_addr #0

attributes #0 = { fn_ret_thunk_extern noredzone nounwind "target-cpu"="generic" "target-features"="-mmx,+soft-float,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"Code Model", i32 2}
!1 = !{i32 4, !"cf-protection-branch", i32 1}
!2 = !{i32 4, !"function_return_thunk_extern", i32 1}
!3 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}

