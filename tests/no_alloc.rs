//! No lookup allocates: a counting global allocator watches every lookup of every known code
//! and a sweep of unknown ones, formatting included.
#![allow(unsafe_code)] // a global allocator is unsafe to implement

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;
use std::hint::black_box;

use zego_codes::{Code, EventCode, Lang};

struct Counting;

thread_local! {
    // Per thread, so the test harness's own threads do not count.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// A fixed buffer `write!` can fill without allocating.
struct Buf {
    bytes: [u8; 4096],
    len: usize,
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn look_up_everything(value: u32, buf: &mut Buf) {
    let code = Code::new(value);
    let event = EventCode::new(value);
    for lang in [Lang::Zh, Lang::En] {
        black_box((
            code.message(lang),
            code.suggestion(lang),
            event.message(lang),
            event.suggestion(lang),
        ));
    }
    black_box((
        code.info(),
        code.name(),
        code.guidance(),
        code.category(),
        code.is_retryable(),
        code.since(),
    ));
    black_box((
        event.info(),
        event.name(),
        event.guidance(),
        event.category(),
        event.is_retryable(),
    ));
    black_box((Code::from_known(value), code.message(Lang::Zh).as_c_str()));
    buf.len = 0;
    write!(buf, "{code} {code:#} {code:?} {event} {event:#} {event:?}").unwrap();
}

#[test]
fn no_lookup_allocates() {
    let mut buf = Buf {
        bytes: [0; 4096],
        len: 0,
    };
    // Warm up anything lazily initialised by std before counting.
    look_up_everything(0, &mut buf);
    let known: Vec<u32> = Code::all()
        .map(Code::get)
        .chain(EventCode::all().map(EventCode::get))
        .collect();
    let around = |base: u32| base.saturating_sub(20_000)..=base.saturating_add(20_000);
    let n = allocations_during(|| {
        for &value in &known {
            look_up_everything(value, &mut buf);
        }
        let sweeps = [
            around(0),
            around(100_000_000),
            around(410_000_000),
            around(*known.iter().max().expect("codes")),
            around(u32::MAX),
        ];
        for value in sweeps.into_iter().flatten() {
            look_up_everything(value, &mut buf);
        }
        for name in Code::all().filter_map(Code::name) {
            black_box(Code::from_name(name));
        }
        black_box(Code::all().count() + EventCode::all().count());
    });
    assert_eq!(n, 0, "lookups allocated {n} times");
    // The counter itself works: a Vec allocates.
    assert_eq!(allocations_during(|| drop(black_box(vec![1u8; 10]))), 1);
}
