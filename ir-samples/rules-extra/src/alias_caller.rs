#![no_std]
extern "C" {
    fn c_helper_alias(x: i32) -> i32;
    fn c_helper(x: i32) -> i32;
}
#[no_mangle]
pub extern "C" fn r_via_alias(x: i32) -> i32 { unsafe { c_helper_alias(x) } }
#[no_mangle]
pub extern "C" fn r_direct(x: i32) -> i32 { unsafe { c_helper(x) } }
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
