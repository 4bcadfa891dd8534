// Small Rust crate for the bitcode reader tests.
#![crate_type = "lib"]
extern "C" {
    fn c_helper(x: i32) -> i32;
}
#[no_mangle]
pub extern "C" fn rust_add(a: u64, b: u64) -> u64 { a.wrapping_add(b) }
#[inline(never)]
pub fn checked(v: &[u32], i: usize) -> u32 { v[i] }
pub fn call_c(x: i32) -> i32 { (unsafe { c_helper(x) }) + checked(&[1, 2, 3], x as usize) as i32 }
pub fn dynamic(f: &dyn Fn(i32) -> i32, x: i32) -> i32 { f(x) }
pub fn panics(x: Option<i32>) -> i32 { x.expect("value") }
