; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64"
target triple = "mipsel-unknown-linux-gnu"

; Function Attrs: nounwind uwtable
define noundef i32 @rust_add3(i32 noundef %a, i32 noundef %b, i32 noundef %c) unnamed_addr #0 {
start:
  %_4 = tail call noundef i32 @c_add(i32 noundef %a, i32 noundef %b) #1
  %_0 = tail call noundef i32 @c_add(i32 noundef %_4, i32 noundef %c) #1
  ret i32 %_0
}

; Function Attrs: nounwind uwtable
define noundef i64 @rust_counter_inc(ptr noundef %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i64 @c_atomic_inc(ptr noundef %p) #1
  ret i64 %_0
}

; Function Attrs: nounwind uwtable
declare noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind uwtable
declare noundef i64 @c_atomic_inc(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind uwtable "target-cpu"="mips32r2" "target-features"="+mips32r2,+fpxx,+nooddspreg" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
