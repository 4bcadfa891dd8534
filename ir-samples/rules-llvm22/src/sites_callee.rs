#[no_mangle]
pub extern "C" fn r_mul(a: i32, b: i32) -> i32 { a.wrapping_mul(b) }
