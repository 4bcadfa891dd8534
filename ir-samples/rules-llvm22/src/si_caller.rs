extern "C" {
    fn c_twice(x: i32) -> i32;
    fn c_inc(x: i32) -> i32;
}
#[no_mangle]
pub extern "C" fn r_add(a: i32, b: i32) -> i32 { a.wrapping_add(b) }
#[no_mangle]
pub extern "C" fn r_uses_c(x: i32) -> i32 { unsafe { c_twice(x) + c_inc(x) } }
