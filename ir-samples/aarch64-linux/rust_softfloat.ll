; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-none"

; Function Attrs: noredzone nounwind uwtable
define dso_local noundef i32 @rust_add3(i32 noundef %a, i32 noundef %b, i32 noundef %c) unnamed_addr #0 {
start:
  %_4 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #1
  %_0 = tail call noundef i32 @c_add(i32 noundef %_4, i32 noundef %c) #1
  ret i32 %_0
}

; Function Attrs: noredzone nounwind uwtable
define dso_local noundef i64 @rust_counter_inc(ptr noundef %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i64 @c_atomic_inc(ptr noundef %p) #1
  ret i64 %_0
}

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef i64 @c_atomic_inc(ptr noundef) unnamed_addr #0

attributes #0 = { noredzone nounwind uwtable "probe-stack"="inline-asm" "target-cpu"="generic" "target-features"="+v8a,+strict-align,-aes,-dotprod,-f32mm,-f64mm,-complxnum,-fp16fml,-fullfp16,-jsconv,-neon,-fp-armv8,-rdm,-sha2,-sha3,-sm4,-sme-fa64,-sve,-sve2,-sve2-aes,-sve2-bitperm,-sve2-sha3,-sve2-sm4,-sve2p1,-v8.1a,-v8.2a,-v8.3a,-v8.4a,-v8.5a,-v8.6a,-v8.7a,-v8.8a,-v8.9a,-v9.1a,-v9.2a,-v9.3a,-v9.4a,-v9.5a,-v9a" }
attributes #1 = { nounwind }

!llvm.ident = !{!0}

!0 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
