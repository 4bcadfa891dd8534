#[repr(C)]
pub struct Node { v: i32, l: *const Node, r: *const Node }
extern "C" {
    fn c_sum(n: *const Node, deep: i32) -> i32;
    fn c_where(want: i32, out: *mut *mut u8);
}
#[no_mangle]
pub unsafe extern "C" fn r_sum_shallow(n: *const Node) -> i32 { c_sum(n, 0) }
#[no_mangle]
pub unsafe extern "C" fn r_sum_deep(n: *const Node, d: i32) -> i32 { c_sum(n, d) }
#[no_mangle]
pub unsafe extern "C" fn r_where_off(out: *mut *mut u8) { c_where(0, out) }
#[no_mangle]
pub unsafe extern "C" fn r_where_on(out: *mut *mut u8) { c_where(1, out) }
#[no_mangle]
pub unsafe extern "C" fn r_where_any(w: i32, out: *mut *mut u8) { c_where(w, out) }
