#[path = "sample_lib.rs"]
mod lib_;
fn main() { println!("{}", lib_::use_all()); }
