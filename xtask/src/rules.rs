//! data/guidance_rules.toml: the rules that gave other products' codes their guidance, where
//! CODES.md's reasons for AI Agent's codes did not say it already. A rule is written before it
//! is used, and its examples are held to the data: each names a code that exists and has the
//! rule's guidance, so a rule and the codes it speaks of cannot drift apart.

use std::path::Path;

use serde::Deserialize;
use zego_codes::Guidance;

use crate::catalog::Kind;
use crate::products::Products;

pub const FILE: &str = "data/guidance_rules.toml";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub guidance: Guidance,
    pub rule: String,
    /// `product:code`, or `product:event:code`.
    pub examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    guidance: String,
    rule: String,
    examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    rule: Vec<RawRule>,
}

pub fn load(root: &Path) -> Result<Vec<Rule>, String> {
    let text = std::fs::read_to_string(root.join(FILE)).map_err(|e| format!("{FILE}: {e}"))?;
    parse(&text)
}

pub fn parse(text: &str) -> Result<Vec<Rule>, String> {
    let raw: RawRules = toml::from_str(text).map_err(|e| format!("{FILE}: {e}"))?;
    raw.rule
        .into_iter()
        .map(|r| {
            let guidance = Guidance::from_name(&r.guidance)
                .filter(|g| *g != Guidance::Unknown)
                .ok_or_else(|| format!("{FILE}: guidance {:?} is not a guidance of the core", r.guidance))?;
            if r.rule.trim().is_empty() || r.examples.is_empty() {
                return Err(format!(
                    "{FILE}: a {} rule needs its text and examples",
                    r.guidance
                ));
            }
            Ok(Rule {
                guidance,
                rule: r.rule,
                examples: r.examples,
            })
        })
        .collect()
}

/// Examples that name no code, or a code whose guidance is not the rule's.
pub fn problems(rules: &[Rule], products: &Products) -> Vec<String> {
    let mut problems = Vec::new();
    for rule in rules {
        for example in &rule.examples {
            let parts: Vec<&str> = example.split(':').collect();
            let (product, kind, code) = match parts[..] {
                [p, c] => (p, Kind::Return, c),
                [p, "event", c] => (p, Kind::Event, c),
                _ => {
                    problems.push(format!(
                        "{FILE}: example {example:?} is not product:code or product:event:code"
                    ));
                    continue;
                }
            };
            let catalog = products.catalogs.iter().find(|c| c.product == product);
            let entries: Vec<_> = catalog
                .into_iter()
                .flat_map(|c| &c.entries)
                .filter(|e| e.kind == kind && code.parse() == Ok(e.code))
                .collect();
            if entries.is_empty() {
                problems.push(format!(
                    "{FILE}: example {example:?} names no code of the catalog"
                ));
            } else if !entries.iter().any(|e| e.guidance == Some(rule.guidance)) {
                problems.push(format!(
                    "{FILE}: example {example:?} has guidance {}, not the rule's {}",
                    entries[0].guidance_name(),
                    rule.guidance.as_str()
                ));
            }
        }
    }
    problems
}
