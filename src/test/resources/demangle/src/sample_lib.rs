#![allow(dead_code, non_snake_case, uncommon_codepoints, confusable_idents)]
use std::collections::HashMap;
use std::fmt;

pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".into() } }
pub struct Circle { pub r: f64 }
pub struct Rect<T> { pub w: T, pub h: T }
impl Shape for Circle { fn area(&self) -> f64 { 3.14 * self.r * self.r } }
impl<T: Into<f64> + Copy> Shape for Rect<T> { fn area(&self) -> f64 { self.w.into() * self.h.into() } }
impl fmt::Display for Circle { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "C({})", self.r) } }
impl<T> Rect<T> { pub fn new(w: T, h: T) -> Self { Rect { w, h } } }

pub fn total(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
pub fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
pub fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
pub fn grüße(name: &str) -> String { format!("hallo {}", name) }
pub fn 計算(x: u32) -> u32 { x * 2 }
pub struct Größe<const N: usize> { pub a: [u8; N] }
impl<const N: usize> Größe<N> { pub fn len(&self) -> usize { N } }
pub fn arr<const N: usize>(a: [i64; N]) -> i64 { a.iter().sum() }
pub fn flag<const B: bool>() -> bool { B }
pub fn ch<const C: char>() -> char { C }
pub fn neg<const I: i32>() -> i32 { I }
pub fn tuple_fn(t: (u8, i16, u32), p: *const u8, q: *mut i8, f: fn(&str) -> usize) -> usize { t.0 as usize + p as usize + q as usize + f("x") }
pub fn dynfn(f: &dyn Fn(&u8) -> bool) -> bool { f(&1) }
pub fn hm() -> HashMap<String, Vec<Option<u64>>> { let mut m = HashMap::new(); m.insert("a".to_string(), vec![Some(1), None]); m }
pub fn generic<T: fmt::Debug, U: Clone>(t: T, u: &U) -> String { format!("{:?}", t) + &format!("{}", std::mem::size_of_val(&u.clone())) }
pub fn never() -> ! { panic!("x") }
pub fn lifetimes<'a, 'b>(a: &'a str, b: &'b mut [u16]) -> &'a str { b[0] = 1; a }
pub fn unsafe_fn_ptr(f: unsafe extern "C" fn(i32) -> i32) -> i32 { unsafe { f(1) } }
pub fn slices(x: &[f32], y: &mut [char]) -> f32 { y[0] = 'a'; x[0] }
pub mod inner { pub mod deeper { pub fn f() -> u128 { 7 } pub struct S; impl S { pub fn m(&self) -> i128 { 1 } } } }
pub fn use_all() -> f64 {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect::new(2u8, 3u8)), Box::new(Rect::new(1.5f32, 2.0f32))];
    let a = apply(|x| x * 2, 3) + make_adder(4)(5);
    let g = Größe::<3> { a: [1, 2, 3] };
    let s = format!("{}{}", Circle { r: 2.0 }, grüße("w"));
    let c = 計算(3);
    let hm = hm();
    let gen = generic(vec![1u8], &String::new()) + &generic((1, 'c'), &3u64);
    let t = tuple_fn((1, 2, 3), std::ptr::null(), std::ptr::null_mut(), str::len);
    let d = dynfn(&|b| *b > 0);
    let mut arr16 = [0u16; 2];
    let l = lifetimes("x", &mut arr16);
    let mut chars = ['b'];
    let sl = slices(&[1.0], &mut chars);
    let it: Vec<String> = (0..3).filter(|x| x % 2 == 0).map(|x| x.to_string()).collect();
    total(&v) + a as f64 + g.len() as f64 + s.len() as f64 + c as f64 + hm.len() as f64 + gen.len() as f64
      + t as f64 + d as i32 as f64 + l.len() as f64 + sl as f64 + it.len() as f64 + arr([1, 2]) as f64
      + flag::<true>() as i32 as f64 + ch::<'ä'>() as u32 as f64 + neg::<-5>() as f64 + inner::deeper::f() as f64 + inner::deeper::S.m() as f64
}
