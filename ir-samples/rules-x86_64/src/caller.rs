//! Rust callers for the rules-x86_64 set: one `#[no_mangle] pub extern "C"`
//! entry point per callee (nobody calls them, so they are never inlined away).
#![no_std]
#![cfg_attr(optnone_caller, feature(optimize_attribute))]

#[repr(C)]
pub struct Point { pub x: i32, pub y: i32 }

extern "C" {
    fn c_add(a: i32, b: i32) -> i32;
    fn c_point_x(p: *const Point) -> i32;
    fn c_lerp(a: f32, b: f32, t: f32) -> f32;
    fn c_varargs(n: i32, ...) -> i32;
    fn c_setjmp(x: i32) -> i32;
    fn c_indirectbr(i: i32) -> i32;
    fn c_this_ip(x: i32) -> i32;
    fn c_vec_outer(p: *const f32) -> f32;
    fn c_scalar_outer(x: i32) -> i32;
    fn r_cleanup();
}
extern "C-unwind" {
    fn cxx_guarded(x: i32) -> i32;
}

#[no_mangle]
#[cfg_attr(optnone_caller, optimize(none))]
pub extern "C" fn r_add(a: i32, b: i32) -> i32 { unsafe { c_add(a, b) } }

#[no_mangle]
pub extern "C" fn r_point_x(p: &Point) -> i32 { unsafe { c_point_x(p) } }

#[no_mangle]
pub extern "C" fn r_lerp(a: f32, b: f32) -> f32 { unsafe { c_lerp(a, b, 0.25) } }

#[no_mangle]
pub extern "C" fn r_varargs(a: i32, b: i32) -> i32 { unsafe { c_varargs(2, a, b) } }

#[no_mangle]
pub extern "C" fn r_setjmp(x: i32) -> i32 { unsafe { c_setjmp(x) } }

#[no_mangle]
pub extern "C" fn r_indirectbr(i: i32) -> i32 { unsafe { c_indirectbr(i) } }

#[no_mangle]
pub extern "C" fn r_this_ip(x: i32) -> i32 { unsafe { c_this_ip(x) } }

#[no_mangle]
pub extern "C" fn r_vec(p: &[f32; 4]) -> f32 { unsafe { c_vec_outer(p.as_ptr()) } }

#[no_mangle]
pub extern "C" fn r_scalar(x: i32) -> i32 { unsafe { c_scalar_outer(x) } }

struct Guard;
impl Drop for Guard {
    fn drop(&mut self) { unsafe { r_cleanup() } }
}

/// Has a landing pad (Guard is dropped on unwind) -> personality rust_eh_personality.
#[no_mangle]
pub extern "C-unwind" fn r_cxx_guarded(x: i32) -> i32 {
    let _g = Guard;
    unsafe { cxx_guarded(x) }
}

/// No landing pad -> no personality on the caller.
#[no_mangle]
pub extern "C-unwind" fn r_cxx_plain(x: i32) -> i32 { unsafe { cxx_guarded(x) } }
