//! The core's string block: every text of the generated Rust tables once, each followed by a
//! NUL, so a table holds a 4-byte offset instead of an 8-byte pointer and its relocation, and
//! AI Agent's tables and the products' share their bytes.

use std::collections::HashMap;

/// Offsets are 20 bits and lengths 12 in a packed `Str` (src/product.rs).
const MAX_OFFSET: usize = 1 << 20;
const MAX_LEN: usize = (1 << 12) - 1;

/// The string block: every distinct text once, each followed by a NUL.
pub struct Block {
    text: Vec<String>,
    size: usize,
    at: HashMap<String, usize>,
}

impl Block {
    pub fn new() -> Block {
        let mut b = Block {
            text: Vec::new(),
            size: 0,
            at: HashMap::new(),
        };
        b.str("");
        b
    }

    /// `Str::new(offset, len)` of `s`, adding it on first use.
    pub fn str(&mut self, s: &str) -> String {
        let offset = match self.at.get(s) {
            Some(&o) => o,
            None => {
                let o = self.size;
                self.size += s.len() + 1;
                self.text.push(s.to_owned());
                self.at.insert(s.to_owned(), o);
                o
            }
        };
        assert!(
            offset < MAX_OFFSET,
            "the string block outgrew the 20-bit offsets of Str"
        );
        assert!(
            s.len() <= MAX_LEN,
            "a text longer than Str's 12-bit length: {s:?}"
        );
        format!("Str::new({offset}, {})", s.len())
    }

    /// Where `s` is: its offset and length, adding it on first use.
    pub fn at(&mut self, s: &str) -> (usize, usize) {
        self.str(s);
        (self.at[s], s.len())
    }

    /// Every text, in the block's order.
    pub fn texts(&self) -> &[String] {
        &self.text
    }
}
