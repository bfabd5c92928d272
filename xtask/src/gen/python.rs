//! Python sources generated from the catalog (none yet).

use super::{Catalogs, Output};

pub fn outputs(_catalogs: &Catalogs) -> Vec<Output> {
    Vec::new()
}
