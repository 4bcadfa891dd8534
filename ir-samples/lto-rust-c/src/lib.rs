//! Rust side of the lto-rust-c set: safe wrappers over the C helpers, and
//! `rust_mix`, which the C side calls back.

extern "C" {
    fn c_add(a: i32, b: i32) -> i32;
    fn c_clamp_byte(v: i32) -> i32;
    fn c_checksum(p: *const u8, n: usize) -> u32;
    fn c_fold(v: *const u32, n: usize) -> u32;
    fn c_apply(f: extern "C" fn(i32) -> i32, x: i32) -> i32;
}

/// Called from C (`c_fold`).
#[no_mangle]
pub extern "C" fn rust_mix(acc: u32, v: u32) -> u32 {
    acc.rotate_left(5) ^ v.wrapping_mul(0x9E37_79B9)
}

extern "C" fn double(x: i32) -> i32 {
    x.wrapping_mul(2)
}

pub fn add(a: i32, b: i32) -> i32 {
    unsafe { c_add(a, b) }
}

pub fn clamp_byte(v: i32) -> u8 {
    unsafe { c_clamp_byte(v) as u8 }
}

pub fn checksum(data: &[u8]) -> u32 {
    unsafe { c_checksum(data.as_ptr(), data.len()) }
}

pub fn fold(values: &[u32]) -> u32 {
    unsafe { c_fold(values.as_ptr(), values.len()) }
}

pub fn apply_double(x: i32) -> i32 {
    unsafe { c_apply(double, x) }
}
