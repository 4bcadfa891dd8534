// Rust callers of the C helpers in helpers.c (mips-linux set).
// #![no_core] so that nightly rustc can emit IR for any target without a
// prebuilt core/std; the lang items below are the minimum nightly 1.97 wants.
#![feature(no_core, lang_items)]
#![allow(internal_features)]
#![no_core]
#![crate_type = "lib"]

#[lang = "pointee_sized"]
pub trait PointeeSized {}
#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}
#[lang = "sized"]
pub trait Sized: MetaSized {}
#[lang = "copy"]
pub trait Copy {}
impl Copy for i32 {}
impl Copy for i64 {}

unsafe extern "C" {
    fn c_add(a: i32, b: i32) -> i32;
    fn c_atomic_inc(p: *mut i64) -> i64;
}

#[no_mangle]
pub extern "C" fn rust_add3(a: i32, b: i32, c: i32) -> i32 {
    unsafe { c_add(c_add(a, b), c) }
}

#[no_mangle]
pub extern "C" fn rust_counter_inc(p: *mut i64) -> i64 {
    unsafe { c_atomic_inc(p) }
}
