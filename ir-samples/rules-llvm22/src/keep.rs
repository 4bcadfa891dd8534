// A trait object: <Counter as Step>::step is internal and referenced only from the vtable,
// a private constant; it calls the C helper c_keep_inc.
extern "C" {
    fn c_keep_inc(x: i32) -> i32;
}
trait Step {
    fn step(&self, x: i32) -> i32;
}
struct Counter;
impl Step for Counter {
    fn step(&self, x: i32) -> i32 {
        unsafe { c_keep_inc(x) }
    }
}
#[no_mangle]
pub fn keep_call(n: i32) -> i32 {
    let t: &dyn Step = core::hint::black_box(&Counter);
    t.step(n)
}
#[no_mangle]
pub extern "C" fn r_keep_add(a: i32) -> i32 {
    a.wrapping_add(7)
}
