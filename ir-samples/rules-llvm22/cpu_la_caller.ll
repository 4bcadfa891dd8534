; ModuleID = 'src/cpu_caller.c'
source_filename = "src/cpu_caller.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "loongarch64-unknown-linux-gnu"

; Function Attrs: nounwind
define dso_local signext i32 @c_cpu_use(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = tail call signext i32 @c_cpu_add(i32 noundef signext %0, i32 noundef signext 3) #2
  %3 = shl nsw i32 %2, 1
  ret i32 %3
}

declare signext i32 @c_cpu_add(i32 noundef signext, i32 noundef signext) local_unnamed_addr #1

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="loongarch64" "target-features"="+64bit,+d,+f,+lsx,+ual" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="loongarch64" "target-features"="+64bit,+d,+f,+lsx,+ual" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
