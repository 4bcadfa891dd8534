%struct.S = type { i32, i8* }
@g = global i8* blockaddress(@f, %l)
@a = alias void (), void ()* @f
define linkonce_odr hidden void @f(i8* %p, %struct.S* nocapture %s) #0 comdat personality i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*) !dbg !3 {
entry:
  %r = tail call i32 (i8*, ...) @printf(i8* %p) #1 [ "kcfi"(i32 1) ]
  invoke void @g()
          to label %l unwind label %u
l:
  call void bitcast (void (i32)* @h to void ()*)()
  call void asm sideeffect "nop", "~{memory}"()
  indirectbr i8* %p, [label %l]
u:
  %lp = landingpad { i8*, i32 } cleanup
  ret void
}
declare i32 @printf(i8*, ...)
attributes #0 = { alignstack=16 memory(argmem: readwrite) uwtable(sync) "k"="v" "f" }
attributes #1 = { noinline }
!llvm.module.flags = !{!0, !1}
!0 = !{i32 7, !"PIC Level", i32 2}
!1 = !{i32 3, !"foo", !{!"bar", i32 1}}
