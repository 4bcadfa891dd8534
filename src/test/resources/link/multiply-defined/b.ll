target triple = "x86_64-unknown-linux-gnu"
define i32 @helper() {
  ret i32 2
}
define i32 @weakone() {
  ret i32 2
}
define linkonce_odr i32 @odr() {
  ret i32 2
}
$cd = comdat any
define i32 @incomdat() comdat($cd) {
  ret i32 2
}
define i32 @user() {
  %x = call i32 @helper()
  ret i32 %x
}
