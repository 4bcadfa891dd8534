target triple = "x86_64-unknown-linux-gnu"
define weak i32 @weakone() {
  ret i32 1
}
define linkonce_odr i32 @odr() {
  ret i32 1
}
$cd = comdat any
define i32 @incomdat() comdat($cd) {
  ret i32 1
}
define available_externally i32 @helper() {
  ret i32 1
}
