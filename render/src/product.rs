//! Products on the command line, for `zego-codes` and `python -m zego_codes` alike: which
//! product a lookup answers for (`--product`, `--section`, `--all-products`), checked here so
//! both command lines refuse bad input with the same words; the other products that define a
//! number differently from AI Agent; and the list of products `--help` prints. Every product,
//! section and text comes from the core: adding a product is a data change.

use zego_codes::{definitions, Family, Lang, Meaning, Product, Section};

/// Which product a lookup answers for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// No product named: AI Agent's answer as before, followed (in text) by a line naming the
    /// other products that define the code differently.
    Default,
    /// `--product P`, and `--section S` if given: that product's answer; a code its sections
    /// define differently is ambiguous unless a section is named.
    Product(Product, Option<Section>),
    /// `--all-products`: every product and section that defines the code.
    AllProducts,
}

impl Scope {
    /// The scope of `--product`, `--section` and `--all-products` as given, or the text of the
    /// usage error (printed after `zego-codes: `).
    pub fn parse(product: Option<&str>, section: Option<&str>, all_products: bool) -> Result<Scope, String> {
        let product = match product {
            Some(id) => Some(Product::from_id(id).ok_or_else(|| unknown_product(id))?),
            None => None,
        };
        if all_products && product.is_some() {
            return Err("--all-products and --product exclude each other".to_owned());
        }
        let section = match (product, section) {
            (_, None) => None,
            (None, Some(_)) => {
                return Err("--section needs --product: a section belongs to a product".to_owned())
            }
            (Some(p), Some(id)) => Some(p.section(id).ok_or_else(|| unknown_section(p, id))?),
        };
        Ok(match (product, all_products) {
            (Some(p), _) => Scope::Product(p, section),
            (None, true) => Scope::AllProducts,
            (None, false) => Scope::Default,
        })
    }

    /// Checks that the scope's section, if any, holds codes of `family`.
    pub fn check_family(self, family: Family) -> Result<(), String> {
        match self {
            Scope::Product(p, Some(s)) if s.family() != family => Err(format!(
                "section '{}' of {p} holds {}, not {}",
                s.id(),
                kind_plural(s.family()),
                kind_plural(family)
            )),
            _ => Ok(()),
        }
    }
}

fn kind_plural(family: Family) -> &'static str {
    if family == Family::Event {
        "event codes"
    } else {
        "return codes"
    }
}

/// Every product id, comma-separated, in the core's order.
pub fn product_ids() -> String {
    Product::ALL.iter().map(|p| p.id()).collect::<Vec<_>>().join(", ")
}

/// The usage error of an unknown product id.
pub fn unknown_product(id: &str) -> String {
    format!("unknown product '{id}': products are {}", product_ids())
}

fn unknown_section(p: Product, id: &str) -> String {
    let sections: Vec<&str> = p.sections().map(|s| s.id()).collect();
    if sections.is_empty() {
        format!("{p} has no sections, so no section '{id}': drop --section")
    } else {
        format!(
            "{p} has no section '{id}': its sections are {}",
            sections.join(", ")
        )
    }
}

/// The entries of other products that give `code` a different meaning than AI Agent's entry
/// named `aiagent_name` (any meaning at all where AI Agent lacks the code), grouped by
/// product: "who else defines this number, and differently".
pub fn others(
    family: Family,
    code: u32,
    aiagent_name: Option<&str>,
) -> Vec<(Product, Vec<&'static Meaning>)> {
    let mut groups: Vec<(Product, Vec<&'static Meaning>)> = Vec::new();
    for m in definitions(family, code) {
        if m.product() == Product::DEFAULT || Some(m.name().as_str()) == aiagent_name {
            continue;
        }
        match groups.last_mut() {
            Some((p, entries)) if *p == m.product() => entries.push(m),
            _ => groups.push((m.product(), vec![m])),
        }
    }
    groups
}

/// [`others`] in a line's words: `asr (business), rtc (media_services, media_files)` in
/// English, `asr（business）、rtc（media_services, media_files）` in Chinese; `None` when no
/// other product defines the code differently.
pub fn others_text(family: Family, code: u32, aiagent_name: Option<&str>, lang: Lang) -> Option<String> {
    let groups = others(family, code, aiagent_name);
    if groups.is_empty() {
        return None;
    }
    let (open, close, sep) = match lang {
        Lang::Zh => ("（", "）", "、"),
        Lang::En => (" (", ")", ", "),
    };
    let parts: Vec<String> = groups
        .iter()
        .map(|(p, entries)| {
            let sections: Vec<&str> = entries
                .iter()
                .filter_map(|m| m.section())
                .map(|s| s.id())
                .collect();
            if sections.is_empty() {
                p.id().to_owned()
            } else {
                format!("{}{open}{}{close}", p.id(), sections.join(", "))
            }
        })
        .collect();
    Some(parts.join(sep))
}

/// The PRODUCTS part of `--help`: each product's id and English name, the default marked, and
/// its sections, wrapped at 80 columns with the text in the second column at `indent`.
pub fn products_help(indent: usize) -> String {
    let mut out = String::new();
    for &p in Product::ALL {
        let mut text = p.name(Lang::En).as_str().to_owned();
        if p == Product::DEFAULT {
            text.push_str(" (the default)");
        }
        let sections: Vec<&str> = p.sections().map(|s| s.id()).collect();
        if !sections.is_empty() {
            text.push_str(&format!(". Sections: {}", sections.join(", ")));
        }
        out.push_str(&wrap_entry(p.id(), &text, indent));
        out.push('\n');
    }
    out
}

/// `    NAME  text` with the text wrapped at 80 columns in a second column at `indent` (on the
/// next line when NAME is too long for the first column).
pub fn wrap_entry(name: &str, text: &str, indent: usize) -> String {
    let mut out = format!("    {name}");
    let mut line_len = 4 + name.chars().count();
    if line_len + 1 > indent {
        out.push('\n');
        line_len = 0;
    }
    out.push_str(&" ".repeat(indent - line_len));
    push_wrapped(&mut out, text, indent);
    out
}

/// Appends `text` to `out`, whose last line is `indent` columns long, wrapped at 80 columns
/// with every further line indented by `indent`.
pub fn push_wrapped(out: &mut String, text: &str, indent: usize) {
    let mut line_len = indent;
    for (i, word) in text.split(' ').enumerate() {
        let len = word.chars().count();
        if i > 0 && line_len + 1 + len > 80 {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            line_len = indent;
        } else if i > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zego_codes::{Code, ProductCode};

    #[test]
    fn scopes_and_their_errors() {
        assert_eq!(Scope::parse(None, None, false), Ok(Scope::Default));
        assert_eq!(Scope::parse(None, None, true), Ok(Scope::AllProducts));
        for &p in Product::ALL {
            assert_eq!(
                Scope::parse(Some(p.id()), None, false),
                Ok(Scope::Product(p, None))
            );
            for s in p.sections() {
                assert_eq!(
                    Scope::parse(Some(p.id()), Some(s.id()), false),
                    Ok(Scope::Product(p, Some(s)))
                );
                assert!(Scope::parse(Some(p.id()), Some(s.id()), false)
                    .unwrap()
                    .check_family(s.family())
                    .is_ok());
            }
        }
        let err = Scope::parse(Some("nope"), None, false).unwrap_err();
        assert!(err.contains("'nope'"), "{err}");
        for &p in Product::ALL {
            assert!(err.contains(p.id()), "{err} lacks {p}");
        }
        let err = Scope::parse(None, Some("common"), false).unwrap_err();
        assert!(err.contains("--section needs --product"), "{err}");
        let err = Scope::parse(Some(Product::DEFAULT.id()), None, true).unwrap_err();
        assert!(err.contains("exclude"), "{err}");
        // A section of another product: the error names the product's own sections.
        let (with, other) = sections_of_two_products();
        let foreign = other.sections().find(|s| with.section(s.id()).is_none()).unwrap();
        let err = Scope::parse(Some(with.id()), Some(foreign.id()), false).unwrap_err();
        for s in with.sections() {
            assert!(err.contains(s.id()), "{err} lacks {}", s.id());
        }
        if let Some(bare) = Product::ALL.iter().find(|p| p.sections().len() == 0) {
            let err = Scope::parse(Some(bare.id()), Some("common"), false).unwrap_err();
            assert!(err.contains("no sections"), "{err}");
        }
    }

    /// Two products with sections, the second with a section id the first lacks.
    fn sections_of_two_products() -> (Product, Product) {
        for &a in Product::ALL {
            for &b in Product::ALL {
                if a != b && a.sections().len() > 0 && b.sections().any(|s| a.section(s.id()).is_none()) {
                    return (a, b);
                }
            }
        }
        panic!("the data has no two products with different sections");
    }

    #[test]
    fn others_are_those_that_differ_from_aiagent() {
        for &p in Product::ALL {
            for family in [Family::Return, Family::Event] {
                for m in p.meanings(family) {
                    let ai = ProductCode::of(Product::DEFAULT, family, m.code());
                    let groups = others(family, m.code(), ai.name());
                    let listed = groups.iter().flat_map(|(_, e)| e).any(|e| std::ptr::eq(*e, m));
                    let differs = p != Product::DEFAULT && ai.name() != Some(m.name().as_str());
                    assert_eq!(listed, differs, "{m:?}");
                }
            }
        }
        // Where AI Agent lacks a code, every other product's definition of it is listed.
        let lacking = Product::ALL
            .iter()
            .flat_map(|p| p.meanings(Family::Return))
            .find(|m| !Code::new(m.code()).is_known())
            .unwrap();
        let listed: usize = others(Family::Return, lacking.code(), None)
            .iter()
            .map(|(_, e)| e.len())
            .sum();
        assert_eq!(listed, definitions(Family::Return, lacking.code()).count());
    }

    #[test]
    fn others_text_names_products_and_sections() {
        let m = Product::ALL
            .iter()
            .flat_map(|p| p.meanings(Family::Return))
            .find(|m| m.product() != Product::DEFAULT && m.section().is_some())
            .unwrap();
        let ai = ProductCode::of(Product::DEFAULT, Family::Return, m.code()).name();
        if ai == Some(m.name().as_str()) {
            return;
        }
        let text = others_text(Family::Return, m.code(), ai, Lang::En).unwrap();
        assert!(
            text.contains(&format!("{} (", m.product().id())) && text.contains(m.section().unwrap().id()),
            "{text}"
        );
    }

    #[test]
    fn help_lists_every_product() {
        let help = products_help(23);
        for &p in Product::ALL {
            assert!(help.contains(&format!("    {}", p.id())), "{help}");
            for s in p.sections() {
                assert!(help.contains(s.id()), "{help}");
            }
        }
        assert!(help.lines().all(|l| l.chars().count() <= 80), "{help}");
    }
}
