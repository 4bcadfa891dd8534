; ModuleID = 'src/cpu_caller.c'
source_filename = "src/cpu_caller.c"
target datalayout = "e-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64"
target triple = "mipsel-unknown-linux-gnu"

; Function Attrs: nounwind
define dso_local i32 @c_cpu_use(i32 noundef signext %0) local_unnamed_addr #0 {
  %2 = tail call i32 @c_cpu_add(i32 noundef signext %0, i32 noundef signext 3) #2
  %3 = shl nsw i32 %2, 1
  ret i32 %3
}

declare i32 @c_cpu_add(i32 noundef signext, i32 noundef signext) local_unnamed_addr #1

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="mips32" "target-features"="+fpxx,+mips32,+nooddspreg,-noabicalls" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="mips32" "target-features"="+fpxx,+mips32,+nooddspreg,-noabicalls" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 1}
!2 = !{i32 7, !"PIE Level", i32 1}
!3 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
