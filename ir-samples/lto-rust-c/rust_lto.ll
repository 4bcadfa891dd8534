; ModuleID = 'rust_lto.bc'
source_filename = "ltodemo.93601dc6bdbbc61e-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind nonlazybind uwtable
define noundef i8 @_ZN7ltodemo10clamp_byte17hbe8ae6db7fcfda7aE(i32 noundef %0) unnamed_addr #0 {
  %2 = tail call noundef i32 @c_clamp_byte(i32 noundef %0) #3
  %3 = trunc i32 %2 to i8
  ret i8 %3
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN7ltodemo12apply_double17h7cd9eb79904c484bE(i32 noundef %0) unnamed_addr #0 {
  %2 = tail call noundef i32 @c_apply(ptr noundef nonnull @_ZN7ltodemo6double17h6575911d2c5ff3fbE, i32 noundef %0) #3
  ret i32 %2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN7ltodemo3add17hf853ecee344fd9a4E(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = tail call noundef i32 @c_add(i32 noundef %0, i32 noundef %1) #3
  ret i32 %3
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN7ltodemo4fold17h176209811aac60a7E(ptr noalias noundef nonnull readonly align 4 captures(address, read_provenance) %0, i64 noundef range(i64 0, 2305843009213693952) %1) unnamed_addr #0 {
  %3 = tail call noundef i32 @c_fold(ptr noundef nonnull %0, i64 noundef %1) #3
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal noundef range(i32 0, -1) i32 @_ZN7ltodemo6double17h6575911d2c5ff3fbE(i32 noundef %0) unnamed_addr #1 {
  %2 = shl i32 %0, 1
  ret i32 %2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @_ZN7ltodemo8checksum17h6cb58f83f9d5bf7aE(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #0 {
  %3 = tail call noundef i32 @c_checksum(ptr noundef nonnull %0, i64 noundef %1) #3
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i32 @rust_mix(i32 noundef %0, i32 noundef %1) unnamed_addr #1 personality ptr @rust_eh_personality {
  %3 = tail call noundef i32 @llvm.fshl.i32(i32 %0, i32 %0, i32 5)
  %4 = mul i32 %1, -1640531527
  %5 = xor i32 %4, %3
  ret i32 %5
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_clamp_byte(i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_apply(ptr noundef nonnull, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_add(i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_fold(ptr noundef, i64 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @c_checksum(ptr noundef, i64 noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}

