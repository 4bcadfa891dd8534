; ModuleID = 'src/c_caller.c'
source_filename = "src/c_caller.c"
target datalayout = "e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64"
target triple = "mipsel-unknown-linux-gnu"

; Function Attrs: nounwind
define dso_local i32 @c_add3(i32 noundef signext %0, i32 noundef signext %1, i32 noundef signext %2) local_unnamed_addr #0 {
  %4 = tail call i32 @c_add(i32 noundef signext %0, i32 noundef signext %1) #2
  %5 = tail call i32 @c_add(i32 noundef signext %4, i32 noundef signext %2) #2
  ret i32 %5
}

declare i32 @c_add(i32 noundef signext, i32 noundef signext) local_unnamed_addr #1

; Function Attrs: nounwind
define dso_local i64 @c_counter_inc(ptr noundef %0) local_unnamed_addr #0 {
  %2 = tail call i64 @c_atomic_inc(ptr noundef %0) #2
  ret i64 %2
}

declare i64 @c_atomic_inc(ptr noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="mips32r2" "target-features"="+fpxx,+mips32r2,+nooddspreg,-noabicalls" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="mips32r2" "target-features"="+fpxx,+mips32r2,+nooddspreg,-noabicalls" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 1}
!2 = !{i32 7, !"PIE Level", i32 1}
!3 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
