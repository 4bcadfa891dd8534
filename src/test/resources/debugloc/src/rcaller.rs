extern "C-unwind" {
    fn helper(x: i32) -> i32;
}

pub struct Guard(pub i32);

impl Drop for Guard {
    fn drop(&mut self) {}
}

/// Holds a value with a destructor across the call, so rustc emits an invoke.
#[no_mangle]
pub fn rust_caller(x: i32) -> i32 {
    let _g = Guard(x);
    unsafe { helper(x) }
}
