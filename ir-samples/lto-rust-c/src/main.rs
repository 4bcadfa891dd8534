//! The binary the real lld link produces: calls every wrapper on values the
//! compiler cannot fold (they depend on the argument count).
fn main() {
    let n = std::env::args().count() as i32;
    let bytes = [n as u8; 16];
    let values = [n as u32, 7, 11, 13];
    let sum = ltodemo::add(n, 40);
    let c = ltodemo::clamp_byte(n * 300);
    let h = ltodemo::checksum(&bytes);
    let f = ltodemo::fold(&values);
    let d = ltodemo::apply_double(n);
    println!("{sum} {c} {h:08x} {f:08x} {d}");
}
