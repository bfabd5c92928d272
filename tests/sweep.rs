//! Every u32 through every lookup: nothing panics, a code is known exactly when the table
//! holds it, and the count of known codes equals the table's size.
//!
//! Takes tens of seconds in release mode, so it is `#[ignore]`d in debug runs;
//! `make test-sweep` runs it with `--release -- --ignored` on every core.

use std::hint::black_box;
use std::thread;

use zego_codes::{CatalogCode, Code, EventCode, Lang};

/// Codes of a table, ascending, with a cursor that walks them in step with the sweep.
struct Cursor<'a> {
    codes: &'a [u32],
    next: usize,
}

impl Cursor<'_> {
    /// Whether `value` is in the table; values must arrive in ascending order.
    fn holds(&mut self, value: u32) -> bool {
        if self.codes.get(self.next) == Some(&value) {
            self.next += 1;
            true
        } else {
            false
        }
    }
}

/// Every lookup of code `value` of family `C`; whether it is known.
fn check<C: CatalogCode>(value: u32, cursor: &mut Cursor<'_>) -> bool {
    let code = C::new(black_box(value));
    let known = code.is_known();
    assert_eq!(known, cursor.holds(value), "{:?} code {value}", C::FAMILY);
    assert_eq!(code.name().is_some(), known, "name of {value}");
    assert_eq!(code.info().map(|i| i.code()), known.then_some(value));
    assert_eq!(code.index(), known.then(|| cursor.next - 1), "index of {value}");
    black_box((code.message(Lang::Zh), code.message(Lang::En)));
    black_box((code.suggestion(Lang::Zh), code.suggestion(Lang::En)));
    black_box((
        code.guidance(),
        code.category(),
        code.is_retryable(),
        code.since(),
    ));
    known
}

fn sweep(first: u32, last: u32, returns: &[u32], events: &[u32]) -> (u64, u64) {
    let start = |codes: &[u32]| codes.partition_point(|&c| c < first);
    let mut return_cursor = Cursor {
        codes: returns,
        next: start(returns),
    };
    let mut event_cursor = Cursor {
        codes: events,
        next: start(events),
    };
    let (mut known_returns, mut known_events) = (0u64, 0u64);
    for value in first..=last {
        known_returns += u64::from(check::<Code>(value, &mut return_cursor));
        known_events += u64::from(check::<EventCode>(value, &mut event_cursor));
    }
    (known_returns, known_events)
}

#[test]
#[ignore = "sweeps 2^32 values; run in release: make test-sweep"]
fn every_u32_through_every_lookup() {
    let returns: Vec<u32> = Code::all().map(Code::get).collect();
    let events: Vec<u32> = EventCode::all().map(EventCode::get).collect();
    let threads = thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let span = (u64::from(u32::MAX) + 1) / threads;
    let started = std::time::Instant::now();
    let (known_returns, known_events) = thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|i| {
                let first = (i * span) as u32;
                let last = if i + 1 == threads {
                    u32::MAX
                } else {
                    ((i + 1) * span - 1) as u32
                };
                let (returns, events) = (&returns, &events);
                s.spawn(move || sweep(first, last, returns, events))
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap())
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    println!(
        "swept 4294967296 values on {threads} threads in {:.1?}: {known_returns} return codes, {known_events} event codes known",
        started.elapsed()
    );
    assert_eq!(known_returns, returns.len() as u64);
    assert_eq!(known_events, events.len() as u64);
}
