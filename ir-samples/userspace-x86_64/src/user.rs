//! Rust side of the userspace-x86_64 set: a no_std lib crate calling ulib.c.
#![no_std]

#[repr(C)]
pub struct Point { pub x: i32, pub y: i32 }

extern "C" {
    fn ul_add(a: i32, b: i32) -> i32;
    fn ul_clamp(v: i32, lo: i32, hi: i32) -> i32;
    fn ul_point_x(p: *const Point) -> i32;
    fn ul_lerp(a: f32, b: f32, t: f32) -> f32;
    fn ul_dot4(a: *const f32, b: *const f32) -> f32;
    fn ul_copy(dst: *mut u8, src: *const u8, n: usize);
    fn ul_len(s: *const u8) -> usize;
}

#[no_mangle]
pub extern "C" fn r_add(a: i32, b: i32) -> i32 { unsafe { ul_add(a, b) } }

#[no_mangle]
pub extern "C" fn r_clamp(v: i32) -> i32 { unsafe { ul_clamp(v, 0, 255) } }

#[no_mangle]
pub extern "C" fn r_point_x(p: &Point) -> i32 { unsafe { ul_point_x(p) } }

#[no_mangle]
pub extern "C" fn r_lerp(a: f32, b: f32) -> f32 { unsafe { ul_lerp(a, b, 0.5) } }

#[no_mangle]
pub extern "C" fn r_dot4(a: &[f32; 4], b: &[f32; 4]) -> f32 { unsafe { ul_dot4(a.as_ptr(), b.as_ptr()) } }

#[no_mangle]
pub extern "C" fn r_copy(dst: &mut [u8; 16], src: &[u8; 16]) { unsafe { ul_copy(dst.as_mut_ptr(), src.as_ptr(), 16) } }

/// mangled public function calling the library
pub fn c_len(s: *const u8) -> usize { unsafe { ul_len(s) } }
