extern "C" { fn c_helper(x: i32) -> i32; }
#[no_mangle]
pub extern "C" fn rust_entry(x: i32) -> i32 { unsafe { c_helper(x) + 1 } }
#[inline(never)]
pub fn twice(x: u64) -> u64 { x.wrapping_mul(2) }
