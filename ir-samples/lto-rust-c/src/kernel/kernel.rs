//! Rust side of the linux-helpers-x86_64 set: calls the C helpers the way
//! kernel Rust code does (extern "C" declarations, as bindgen emits them).
#![feature(no_core, lang_items)]
#![no_core]
#![no_std]
#![crate_type = "lib"]

#[lang = "pointee_sized"]
pub trait PointeeSized {}
#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}
#[lang = "sized"]
pub trait Sized: MetaSized {}
#[lang = "copy"]
pub trait Copy {}
impl Copy for bool {}
impl Copy for i64 {}
impl Copy for usize {}
impl<T: ?Sized> Copy for *mut T {}
impl<T: ?Sized> Copy for *const T {}

#[repr(C)]
pub struct RefCount { counter: i32 }
#[repr(C)]
pub struct SpinLock { slock: u32 }

extern "C" {
    fn rust_helper_refcount_inc(r: *mut RefCount);
    fn rust_helper_refcount_dec_and_test(r: *mut RefCount) -> bool;
    fn rust_helper_spin_lock(l: *mut SpinLock);
    fn rust_helper_spin_unlock(l: *mut SpinLock);
    fn rust_helper_ERR_PTR(err: i64) -> *mut u8;
    fn rust_helper_IS_ERR(p: *const u8) -> bool;
    fn rust_helper_PTR_ERR(p: *const u8) -> i64;
    fn rust_helper_memcpy(dst: *mut u8, src: *const u8, n: usize);
    fn rust_helper_strlen(s: *const u8) -> usize;
}

#[no_mangle]
pub extern "C" fn rust_refcount_get(r: *mut RefCount) {
    unsafe { rust_helper_refcount_inc(r) }
}

#[no_mangle]
pub extern "C" fn rust_refcount_put(r: *mut RefCount) -> bool {
    unsafe { rust_helper_refcount_dec_and_test(r) }
}

#[no_mangle]
pub extern "C" fn rust_with_lock(l: *mut SpinLock, r: *mut RefCount) {
    unsafe {
        rust_helper_spin_lock(l);
        rust_helper_refcount_inc(r);
        rust_helper_spin_unlock(l);
    }
}

#[no_mangle]
pub extern "C" fn rust_err_roundtrip(err: i64) -> i64 {
    unsafe {
        let p = rust_helper_ERR_PTR(err);
        if rust_helper_IS_ERR(p) { rust_helper_PTR_ERR(p) } else { 0 }
    }
}

#[no_mangle]
pub extern "C" fn rust_copy(dst: *mut u8, src: *const u8, n: usize) {
    unsafe { rust_helper_memcpy(dst, src, n) }
}

/// A mangled (not #[no_mangle]) public function calling a helper.
pub fn c_str_len(s: *const u8) -> usize {
    unsafe { rust_helper_strlen(s) }
}
