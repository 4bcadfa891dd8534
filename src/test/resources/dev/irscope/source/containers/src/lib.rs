#![no_std]
extern "C" {
    fn b_add(x: i32, y: i32) -> i32;
}
#[no_mangle]
pub extern "C" fn rust_calls_c(x: i32) -> i32 {
    unsafe { b_add(x, 1) }
}
