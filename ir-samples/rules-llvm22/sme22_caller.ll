; ModuleID = 'src/sme22_caller.c'
source_filename = "src/sme22_caller.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_vg(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i32 @sme_vg_user(i32 noundef %0) #5
  ret i32 %2
}

declare i32 @sme_vg_user(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_zt0(i32 noundef %0) local_unnamed_addr #2 {
  %2 = tail call i32 @sme_asm_zt0(i32 noundef %0) #5
  ret i32 %2
}

declare i32 @sme_asm_zt0(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_za(i32 noundef %0) local_unnamed_addr #3 {
  %2 = tail call i32 @sme_asm_za(i32 noundef %0) #5
  ret i32 %2
}

declare i32 @sme_asm_za(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_plain(i32 noundef %0) local_unnamed_addr #4 {
  %2 = tail call i32 @sme_add(i32 noundef %0) #5
  %3 = tail call i32 @sme_asm(i32 noundef %0) #5
  %4 = add nsw i32 %3, %2
  ret i32 %4
}

declare i32 @sme_add(i32 noundef) local_unnamed_addr #1

declare i32 @sme_asm(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable vscale_range(1,16) "aarch64_pstate_sm_enabled" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+sme2,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+sme2,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #2 = { nounwind uwtable vscale_range(1,16) "aarch64_inout_zt0" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+sme2,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #3 = { nounwind uwtable vscale_range(1,16) "aarch64_inout_za" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+sme2,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #4 = { nounwind uwtable vscale_range(1,16) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+sme2,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
