; ModuleID = 'src/c_caller.c'
source_filename = "src/c_caller.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

; Function Attrs: nounwind
define hidden i32 @c_add3(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i32 @c_add(i32 noundef %0, i32 noundef %1) #2
  %5 = tail call i32 @c_add(i32 noundef %4, i32 noundef %2) #2
  ret i32 %5
}

declare i32 @c_add(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
define hidden i64 @c_counter_inc(ptr noundef %0) local_unnamed_addr #0 {
  %2 = tail call i64 @c_atomic_inc(ptr noundef %0) #2
  ret i64 %2
}

declare i64 @c_atomic_inc(ptr noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext,+simd128" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext,+simd128" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
