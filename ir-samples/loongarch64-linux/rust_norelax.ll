; ModuleID = 'caller.8c1e36bf76098132-cgu.0'
source_filename = "caller.8c1e36bf76098132-cgu.0"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "loongarch64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable
define noundef signext i32 @rust_add3(i32 noundef signext %a, i32 noundef signext %b, i32 noundef signext %c) unnamed_addr #0 {
start:
  %_4 = tail call noundef signext i32 @c_add(i32 noundef signext %a, i32 noundef signext %b) #1
  %_0 = tail call noundef signext i32 @c_add(i32 noundef signext %_4, i32 noundef signext %c) #1
  ret i32 %_0
}

; Function Attrs: nounwind uwtable
define noundef i64 @rust_counter_inc(ptr noundef %p) unnamed_addr #0 {
start:
  %_0 = tail call noundef i64 @c_atomic_inc(ptr noundef %p) #1
  ret i64 %_0
}

; Function Attrs: nounwind uwtable
declare noundef signext i32 @c_add(i32 noundef signext, i32 noundef signext) unnamed_addr #0

; Function Attrs: nounwind uwtable
declare noundef i64 @c_atomic_inc(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind uwtable "target-cpu"="generic" "target-features"="+f,+d,+f,+d,+f,+lsx,+relax,-relax" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 1, !"Code Model", i32 3}
!2 = !{!"rustc version 1.97.0-nightly (e50aa6fba 2026-05-19)"}
