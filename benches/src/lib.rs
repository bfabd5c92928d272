//! The lookups zego-codes is compared with, and the code mixes the benchmarks feed them.

use std::collections::HashMap;

use zego_codes::{Code, Family, Lang, Product, ProductCode};

include!(concat!(env!("OUT_DIR"), "/alternatives.rs"));

/// The catalog itself, as a user calls it.
#[inline(never)]
pub fn by_catalog(code: u32) -> &'static str {
    Code::new(code).message(Lang::Zh).as_str()
}

/// The same lookup through the product API: [`ProductCode`] of `product`, the way a caller
/// that handles several ZEGO products looks a code up.
#[inline(never)]
pub fn by_product(product: Product, code: u32) -> &'static str {
    ProductCode::new(product, code).message(Lang::Zh).as_str()
}

/// `n` of `product`'s known return codes in a scrambled order.
pub fn product_known_codes(product: Product, n: usize) -> Vec<u32> {
    let codes: Vec<u32> = product
        .meanings(Family::Return)
        .iter()
        .map(|m| m.code())
        .collect();
    scrambled(&codes, n)
}

/// `n` codes `product` does not hold: its codes' neighbours, and arbitrary values.
pub fn product_unknown_codes(product: Product, n: usize) -> Vec<u32> {
    let codes: Vec<u32> = product
        .meanings(Family::Return)
        .iter()
        .map(|m| m.code())
        .collect();
    misses(&codes, n, |c| ProductCode::new(product, c).is_known())
}

/// `n` of `codes` in a scrambled order.
fn scrambled(codes: &[u32], n: usize) -> Vec<u32> {
    XorShift(0x9E37_79B9_7F4A_7C15)
        .take(n)
        .map(|r| codes[r as usize % codes.len()])
        .collect()
}

/// `n` codes `known` refuses: half the neighbours of `codes` (near misses inside their ranges,
/// so no gap of today's data is named here), half arbitrary values.
fn misses(codes: &[u32], n: usize, known: impl Fn(u32) -> bool) -> Vec<u32> {
    let near: Vec<u32> = codes
        .iter()
        .flat_map(|&c| [c.wrapping_sub(1), c.wrapping_add(1)])
        .filter(|&c| !known(c))
        .collect();
    XorShift(0xD1B5_4A32_D192_ED03)
        .take(n)
        .enumerate()
        .map(|(i, r)| {
            if i % 2 == 0 {
                near[r as usize % near.len()]
            } else {
                r
            }
        })
        .filter(|&c| !known(c))
        .chain(std::iter::repeat(u32::MAX))
        .take(n)
        .collect()
}

/// Binary search over the sorted table.
#[inline(never)]
pub fn by_binary_search(code: u32) -> Option<&'static str> {
    SORTED
        .binary_search_by_key(&code, |&(c, _)| c)
        .ok()
        .map(|i| SORTED[i].1)
}

/// A std `HashMap` built once from the catalog.
pub fn std_hash_map() -> HashMap<u32, &'static str> {
    SORTED.iter().copied().collect()
}

#[inline(never)]
pub fn by_phf(code: u32) -> Option<&'static str> {
    PHF.get(&code).copied()
}

/// Deterministic pseudo-random numbers (xorshift), so every run measures the same inputs.
struct XorShift(u64);

impl Iterator for XorShift {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Some((self.0 >> 32) as u32)
    }
}

/// `n` known codes in a scrambled order.
pub fn known_codes(n: usize) -> Vec<u32> {
    let codes: Vec<u32> = SORTED.iter().map(|&(c, _)| c).collect();
    scrambled(&codes, n)
}

/// `n` codes the catalog does not hold: near misses inside its ranges and arbitrary values.
pub fn unknown_codes(n: usize) -> Vec<u32> {
    let codes: Vec<u32> = SORTED.iter().map(|&(c, _)| c).collect();
    misses(&codes, n, |c| Code::new(c).is_known())
}

/// Known and unknown codes in a scrambled order, one unknown in four on average: a caller's mix.
pub fn mixed_codes(n: usize) -> Vec<u32> {
    let known = known_codes(n);
    let unknown = unknown_codes(n);
    XorShift(0x2545_F491_4F6C_DD1D)
        .take(n)
        .enumerate()
        .map(|(i, r)| if r % 4 == 0 { unknown[i] } else { known[i] })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alternative_agrees_with_the_catalog() {
        let map = std_hash_map();
        for code in known_codes(500).into_iter().chain(unknown_codes(500)) {
            let expected = Code::new(code).info().map(|i| i.message(Lang::Zh).as_str());
            assert_eq!(by_match(code), expected, "{code}");
            assert_eq!(by_binary_search(code), expected, "{code}");
            assert_eq!(by_phf(code), expected, "{code}");
            assert_eq!(map.get(&code).copied(), expected, "{code}");
            assert_eq!(by_catalog(code), Code::new(code).message(Lang::Zh));
        }
        assert!(unknown_codes(100).iter().all(|&c| !Code::new(c).is_known()));
        assert!(known_codes(100).iter().all(|&c| Code::new(c).is_known()));
    }
}
