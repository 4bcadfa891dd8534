; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

; Function Attrs: nounwind
define dso_local noundef i32 @rust_add3(i32 noundef %a, i32 noundef %b, i32 noundef %c) unnamed_addr #0 {
start:
  %_4 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #1
  %_0 = tail call noundef i32 @c_add(i32 noundef %_4, i32 noundef %c) #1
  ret i32 %_0
}

; Function Attrs: nounwind
define dso_local noundef i64 @rust_counter_inc(ptr noundef %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i64 @c_atomic_inc(ptr noundef %p) #1
  ret i64 %_0
}

; Function Attrs: nounwind
declare dso_local noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind
declare dso_local noundef i64 @c_atomic_inc(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind "target-cpu"="generic" "target-features"="-sign-ext" }
attributes #1 = { nounwind }

!llvm.ident = !{!0}

!0 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
