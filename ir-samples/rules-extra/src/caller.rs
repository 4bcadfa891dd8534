#![no_std]
#[repr(C)]
pub struct Node { v: i32, l: *mut Node, r: *mut Node }
extern "C" {
    fn c_step(n: i32) -> i32;
    fn c_walk(t: *mut Node) -> i32;
    fn c_walk_plain(t: *mut Node) -> i32;
}
#[no_mangle]
pub extern "C" fn r_count(n: i32) -> i32 { if n <= 0 { 0 } else { unsafe { c_step(n) } } }
#[no_mangle]
pub extern "C" fn r_sum(t: *mut Node) -> i32 { unsafe { c_walk(t) } }
#[no_mangle]
pub extern "C" fn r_sum_plain(t: *mut Node) -> i32 { unsafe { c_walk_plain(t) } }
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
