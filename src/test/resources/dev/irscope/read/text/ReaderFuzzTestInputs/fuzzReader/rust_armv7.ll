; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

; Function Attrs: nounwind uwtable
define noundef i32 @rust_add3(i32 noundef %a, i32 noundef %b, i32 noundef %c) unnamed_addr #0 {
start:
  %_4 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #1
  %_0 = tail call noundef i32 @c_add(i32 noundef %_4, i32 noundef %c) #1
  ret i32 %_0
}

; Function Attrs: nounwind uwtable
define noundef i32 @rust_counter_inc(ptr noundef %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @c_atomic_inc(ptr noundef %p) #1
  ret i32 %_0
}

; Function Attrs: nounwind uwtable
declare noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind uwtable
declare noundef i32 @c_atomic_inc(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind uwtable "target-cpu"="generic" "target-features"="+thumb2,+v5te,+v6,+v6k,+v6t2,+v7,+vfp3d16,+thumb2,-aes,-dotprod,-fullfp16,-i8mm,-neon,-sha2" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
