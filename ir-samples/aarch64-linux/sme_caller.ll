; ModuleID = 'src/sme_caller.c'
source_filename = "src/sme_caller.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_normal(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @sme_plain_add(i32 noundef %0, i32 noundef %1) #11
  %4 = tail call i32 @sme_streaming_add(i32 noundef %0, i32 noundef %1) #12
  %5 = xor i32 %4, %3
  %6 = tail call i32 @sme_compatible_add(i32 noundef %0, i32 noundef %1) #13
  %7 = xor i32 %5, %6
  %8 = tail call i32 @sme_locally_streaming_add(i32 noundef %0, i32 noundef %1) #14
  %9 = xor i32 %7, %8
  %10 = tail call i32 @sme_new_za_add(i32 noundef %0, i32 noundef %1) #11
  %11 = xor i32 %9, %10
  %12 = tail call i32 @sme_plain_asm(i32 noundef %0, i32 noundef %1) #11
  %13 = xor i32 %11, %12
  %14 = tail call i32 @sme_streaming_asm(i32 noundef %0, i32 noundef %1) #12
  %15 = xor i32 %13, %14
  ret i32 %15
}

declare i32 @sme_plain_add(i32 noundef, i32 noundef) local_unnamed_addr #1

declare i32 @sme_streaming_add(i32 noundef, i32 noundef) local_unnamed_addr #2

declare i32 @sme_compatible_add(i32 noundef, i32 noundef) local_unnamed_addr #3

declare i32 @sme_locally_streaming_add(i32 noundef, i32 noundef) local_unnamed_addr #4

declare i32 @sme_new_za_add(i32 noundef, i32 noundef) local_unnamed_addr #1

declare i32 @sme_plain_asm(i32 noundef, i32 noundef) local_unnamed_addr #1

declare i32 @sme_streaming_asm(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_streaming(i32 noundef %0, i32 noundef %1) local_unnamed_addr #5 {
  %3 = tail call i32 @sme_plain_add(i32 noundef %0, i32 noundef %1) #11
  %4 = tail call i32 @sme_streaming_add(i32 noundef %0, i32 noundef %1) #12
  %5 = xor i32 %4, %3
  %6 = tail call i32 @sme_compatible_add(i32 noundef %0, i32 noundef %1) #13
  %7 = xor i32 %5, %6
  %8 = tail call i32 @sme_locally_streaming_add(i32 noundef %0, i32 noundef %1) #14
  %9 = xor i32 %7, %8
  %10 = tail call i32 @sme_new_za_add(i32 noundef %0, i32 noundef %1) #11
  %11 = xor i32 %9, %10
  %12 = tail call i32 @sme_plain_asm(i32 noundef %0, i32 noundef %1) #11
  %13 = xor i32 %11, %12
  %14 = tail call i32 @sme_streaming_asm(i32 noundef %0, i32 noundef %1) #12
  %15 = xor i32 %13, %14
  ret i32 %15
}

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_compatible(i32 noundef %0, i32 noundef %1) local_unnamed_addr #6 {
  %3 = tail call i32 @sme_plain_add(i32 noundef %0, i32 noundef %1) #11
  %4 = tail call i32 @sme_streaming_add(i32 noundef %0, i32 noundef %1) #12
  %5 = xor i32 %4, %3
  %6 = tail call i32 @sme_compatible_add(i32 noundef %0, i32 noundef %1) #13
  %7 = xor i32 %5, %6
  %8 = tail call i32 @sme_locally_streaming_add(i32 noundef %0, i32 noundef %1) #14
  %9 = xor i32 %7, %8
  %10 = tail call i32 @sme_new_za_add(i32 noundef %0, i32 noundef %1) #11
  %11 = xor i32 %9, %10
  %12 = tail call i32 @sme_plain_asm(i32 noundef %0, i32 noundef %1) #11
  %13 = xor i32 %11, %12
  %14 = tail call i32 @sme_streaming_asm(i32 noundef %0, i32 noundef %1) #12
  %15 = xor i32 %13, %14
  ret i32 %15
}

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_new_za(i32 noundef %0, i32 noundef %1) local_unnamed_addr #7 {
  %3 = tail call i32 @sme_plain_add(i32 noundef %0, i32 noundef %1) #11
  %4 = tail call i32 @sme_streaming_add(i32 noundef %0, i32 noundef %1) #12
  %5 = xor i32 %4, %3
  %6 = tail call i32 @sme_compatible_add(i32 noundef %0, i32 noundef %1) #13
  %7 = xor i32 %5, %6
  %8 = tail call i32 @sme_locally_streaming_add(i32 noundef %0, i32 noundef %1) #14
  %9 = xor i32 %7, %8
  %10 = tail call i32 @sme_new_za_add(i32 noundef %0, i32 noundef %1) #11
  %11 = xor i32 %9, %10
  %12 = tail call i32 @sme_plain_asm(i32 noundef %0, i32 noundef %1) #11
  %13 = xor i32 %11, %12
  %14 = tail call i32 @sme_streaming_asm(i32 noundef %0, i32 noundef %1) #12
  %15 = xor i32 %13, %14
  %16 = tail call i32 @sme_inout_za_add(i32 noundef %0, i32 noundef %1) #15
  %17 = xor i32 %15, %16
  %18 = tail call i32 @sme_preserves_za_add(i32 noundef %0, i32 noundef %1) #16
  %19 = xor i32 %17, %18
  ret i32 %19
}

declare i32 @sme_inout_za_add(i32 noundef, i32 noundef) local_unnamed_addr #8

declare i32 @sme_preserves_za_add(i32 noundef, i32 noundef) local_unnamed_addr #9

; Function Attrs: nounwind uwtable vscale_range(1,16)
define dso_local i32 @caller_inout_za(i32 noundef %0, i32 noundef %1) local_unnamed_addr #10 {
  %3 = tail call i32 @sme_plain_add(i32 noundef %0, i32 noundef %1) #11
  %4 = tail call i32 @sme_plain_asm(i32 noundef %0, i32 noundef %1) #11
  %5 = xor i32 %4, %3
  %6 = tail call i32 @sme_inout_za_add(i32 noundef %0, i32 noundef %1) #15
  %7 = xor i32 %5, %6
  %8 = tail call i32 @sme_preserves_za_add(i32 noundef %0, i32 noundef %1) #16
  %9 = xor i32 %7, %8
  ret i32 %9
}

attributes #0 = { nounwind uwtable vscale_range(1,16) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #2 = { "aarch64_pstate_sm_enabled" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #3 = { "aarch64_pstate_sm_compatible" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #4 = { "aarch64_pstate_sm_body" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #5 = { nounwind uwtable vscale_range(1,16) "aarch64_pstate_sm_enabled" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #6 = { nounwind uwtable vscale_range(1,16) "aarch64_pstate_sm_compatible" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #7 = { nounwind uwtable vscale_range(1,16) "aarch64_new_za" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #8 = { "aarch64_inout_za" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #9 = { "aarch64_preserves_za" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #10 = { nounwind uwtable vscale_range(1,16) "aarch64_inout_za" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bf16,+bti,+ccidx,+complxnum,+crc,+dit,+dotprod,+flagm,+fp-armv8,+fullfp16,+jsconv,+lse,+neon,+pauth,+predres,+ras,+rcpc,+rdm,+sb,+sme,+ssbs,+sve,+sve2,+v8.1a,+v8.2a,+v8.3a,+v8.4a,+v8.5a,+v8a,+v9a,-fmv" }
attributes #11 = { nounwind }
attributes #12 = { nounwind "aarch64_pstate_sm_enabled" }
attributes #13 = { nounwind "aarch64_pstate_sm_compatible" }
attributes #14 = { nounwind "aarch64_pstate_sm_body" }
attributes #15 = { nounwind "aarch64_inout_za" }
attributes #16 = { nounwind "aarch64_preserves_za" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
