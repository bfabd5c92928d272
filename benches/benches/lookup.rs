//! ns per message lookup: the catalog against a `match`, binary search, std HashMap and phf,
//! for known, unknown and mixed codes. `make bench` runs it; `make test` runs it once.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use zego_codes::{Family, Product};
use zego_codes_bench::*;

const N: usize = 1024;
/// Stands in for the generic text an unknown code gets, so every alternative does the whole job.
const FALLBACK: &str = "unknown";

/// Generic rather than `dyn Fn`, so no alternative pays for an indirect call.
fn bench(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    codes: &[u32],
    f: impl Fn(u32) -> &'static str,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            black_box(codes)
                .iter()
                .map(|&code| f(black_box(code)).len())
                .sum::<usize>()
        })
    });
}

fn lookups(c: &mut Criterion) {
    let map = std_hash_map();
    for (mix, codes) in [
        ("known", known_codes(N)),
        ("unknown", unknown_codes(N)),
        ("mixed", mixed_codes(N)),
    ] {
        let mut group = c.benchmark_group(format!("message/{mix}"));
        group.throughput(Throughput::Elements(N as u64));
        bench(&mut group, "catalog", &codes, by_catalog);
        bench(&mut group, "product_api", &codes, |code| {
            by_product(Product::DEFAULT, code)
        });
        bench(&mut group, "match", &codes, |code| {
            by_match(code).unwrap_or(FALLBACK)
        });
        bench(&mut group, "binary_search", &codes, |code| {
            by_binary_search(code).unwrap_or(FALLBACK)
        });
        bench(&mut group, "std_hash_map", &codes, |code| {
            map.get(&code).copied().unwrap_or(FALLBACK)
        });
        bench(&mut group, "phf", &codes, |code| by_phf(code).unwrap_or(FALLBACK));
        group.finish();
    }
}

/// Every other product's lookups, known and unknown, beside AI Agent's through the same API:
/// the product lookup's goal is at most 1.3x AI Agent's.
fn products(c: &mut Criterion) {
    for &product in Product::ALL.iter().filter(|&&p| p.has(Family::Return)) {
        for (mix, codes) in [
            ("known", product_known_codes(product, N)),
            ("unknown", product_unknown_codes(product, N)),
        ] {
            let mut group = c.benchmark_group(format!("product/{mix}"));
            group.throughput(Throughput::Elements(N as u64));
            bench(&mut group, product.id(), &codes, |code| by_product(product, code));
            group.finish();
        }
    }
}

criterion_group!(benches, lookups, products);
criterion_main!(benches);
