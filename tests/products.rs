//! Every product's lookups against the data files they are generated from: data/products.toml
//! (products, hosts, sections), data/products/*.toml and AI Agent's data/*_codes.toml. The
//! expectations are read from the data, so a catalog update needs no edit here.

use std::collections::{BTreeMap, BTreeSet};

use zego_codes::{definitions, Category, Code, EventCode, Family, Guidance, Lang, Product, ProductCode};

fn read(path: &str) -> toml::Table {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.parse().unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn s<'a>(t: &'a toml::Table, key: &str) -> &'a str {
    t.get(key).and_then(|v| v.as_str()).unwrap_or("")
}

fn array(t: &toml::Table, key: &str) -> Vec<toml::Table> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().map(|v| v.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

/// Every product of the registry with its codes: (product table, entries). AI Agent's
/// entries get their kind from their file.
fn registry() -> Vec<(toml::Table, Vec<toml::Table>)> {
    let reg = read("data/products.toml");
    array(&reg, "product")
        .into_iter()
        .map(|p| {
            let id = s(&p, "id").to_owned();
            let entries = if id == Product::DEFAULT.id() {
                ["return", "event"]
                    .iter()
                    .flat_map(|kind| {
                        array(&read(&format!("data/{kind}_codes.toml")), "code")
                            .into_iter()
                            .map(|mut e| {
                                e.insert("kind".into(), toml::Value::String((*kind).into()));
                                e
                            })
                    })
                    .collect()
            } else {
                array(&read(&format!("data/products/{id}.toml")), "code")
            };
            (p, entries)
        })
        .collect()
}

fn family(kind: &str) -> Family {
    match kind {
        "event" => Family::Event,
        _ => Family::Return,
    }
}

fn code_of(e: &toml::Table) -> u32 {
    u32::try_from(e["code"].as_integer().unwrap()).unwrap()
}

#[test]
fn the_products_are_the_registry_s_in_its_order() {
    let reg = registry();
    assert_eq!(Product::ALL.len(), reg.len());
    for ((p, _), &product) in reg.iter().zip(Product::ALL) {
        assert_eq!(product.id(), s(p, "id"));
        assert_eq!(Product::from_id(s(p, "id")), Some(product));
        assert_eq!(product.name(Lang::Zh), s(p, "name_zh"));
        assert_eq!(product.name(Lang::En), s(p, "name_en"));
        assert_eq!(Product::from_value(product as u32), Some(product));
        let hosts: Vec<&str> = match p.get("hosts").and_then(|h| h.as_array()) {
            Some(hosts) => hosts.iter().map(|h| h.as_str().unwrap()).collect(),
            None => Vec::new(),
        };
        assert_eq!(product.hosts().collect::<Vec<_>>(), hosts);
        let sections = array(p, "section");
        assert_eq!(product.sections().len(), sections.len());
        for (t, section) in sections.iter().zip(product.sections()) {
            assert_eq!(section.id(), s(t, "id"));
            assert_eq!(section.product(), product);
            assert_eq!(product.section(s(t, "id")), Some(section));
            assert_eq!(section.title(Lang::En), s(t, "title_en"));
            let zh = t
                .get("heading_zh")
                .and_then(|v| v.as_str())
                .unwrap_or(s(t, "title_en"));
            assert_eq!(section.title(Lang::Zh), zh);
            assert_eq!(
                section.family(),
                family(t.get("kind").and_then(|v| v.as_str()).unwrap_or("return"))
            );
        }
    }
    assert_eq!(Product::from_id("no_such_product"), None);
    assert_eq!(Product::from_value(Product::ALL.len() as u32), None);
    assert_eq!(Product::from_value(u32::MAX), None);
}

#[test]
fn hosts_name_their_product_with_or_without_a_region() {
    for &product in Product::ALL {
        for host in product.hosts() {
            assert_eq!(Product::from_host(host), Some(product), "{host}");
            assert_eq!(Product::from_host(&host.to_uppercase()), Some(product), "{host}");
            assert_eq!(
                Product::from_host(&format!("{host}:443")),
                Some(product),
                "{host}"
            );
            let (label, rest) = host.split_once('.').unwrap();
            let regional = format!("{label}-sha.{rest}");
            assert_eq!(Product::from_host(&regional), Some(product), "{regional}");
            // A longer label is another host, not a region of this one.
            let other = format!("{label}x.{rest}");
            assert_eq!(Product::from_host(&other), None, "{other}");
        }
    }
    assert_eq!(Product::from_host(""), None);
    assert_eq!(Product::from_host("example.com"), None);
}

#[test]
fn every_entry_answers_with_its_data_when_looked_up_by_section() {
    for ((p, entries), &product) in registry().iter().zip(Product::ALL) {
        assert_eq!(
            product.meanings(Family::Return).len() + product.meanings(Family::Event).len(),
            entries.len(),
            "{}",
            product.id()
        );
        for e in entries {
            let code = code_of(e);
            let kind = family(s(e, "kind"));
            let lookup = match e.get("section").and_then(|v| v.as_str()) {
                Some(id) => product.section(id).unwrap().code(code),
                None => ProductCode::of(product, kind, code),
            };
            let at = format!("{} {} {code}", s(p, "id"), s(e, "kind"));
            let m = lookup.info().unwrap_or_else(|| panic!("{at}: no entry"));
            assert_eq!(m.code(), code, "{at}");
            assert_eq!(m.product(), product, "{at}");
            assert_eq!(m.family(), kind, "{at}");
            assert_eq!(
                m.section().map(|x| x.id()),
                e.get("section").and_then(|v| v.as_str()),
                "{at}"
            );
            assert_eq!(m.name(), s(e, "name"), "{at}");
            assert_eq!(m.guidance().as_str(), s(e, "guidance"), "{at}");
            assert_eq!(m.since(), s(e, "since"), "{at}");
            assert_eq!(
                m.withdrawn().map(|t| t.as_str()),
                e.get("withdrawn").and_then(|v| v.as_str()),
                "{at}"
            );
            for (lang, tag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                assert_eq!(m.message(lang), s(e, &format!("message_{tag}")), "{at}");
                assert_eq!(m.suggestion(lang), s(e, &format!("suggestion_{tag}")), "{at}");
                assert_eq!(m.cause(lang), s(e, &format!("cause_{tag}")), "{at}");
                assert_eq!(
                    m.text_from_zego(lang),
                    e.get(&format!("{tag}_source")).is_none(),
                    "{at}"
                );
                // Every text is also a C string: its NUL is in memory right after it.
                assert_eq!(m.message(lang).as_c_str().to_bytes(), m.message(lang).as_bytes());
            }
            assert_eq!(
                m.api().map(|t| t.as_str()),
                e.get("api").and_then(|v| v.as_str()),
                "{at}"
            );
            assert_eq!(m.product_code().info(), Some(m), "{at}");
            assert_eq!(lookup.name(), Some(s(e, "name")), "{at}");
            assert_eq!(lookup.guidance().as_str(), s(e, "guidance"), "{at}");
        }
    }
}

#[test]
fn an_unqualified_lookup_answers_unless_the_sections_disagree() {
    for ((_, entries), &product) in registry().iter().zip(Product::ALL) {
        let mut by_code: BTreeMap<(String, u32), Vec<&toml::Table>> = BTreeMap::new();
        for e in entries {
            by_code
                .entry((s(e, "kind").to_owned(), code_of(e)))
                .or_default()
                .push(e);
        }
        for ((kind, code), rows) in by_code {
            let lookup = ProductCode::of(product, family(&kind), code);
            let names: BTreeSet<&str> = rows.iter().map(|e| s(e, "name")).collect();
            assert!(lookup.is_known());
            assert_eq!(lookup.meanings().len(), rows.len(), "{product} {code}");
            if names.len() > 1 {
                assert!(lookup.is_ambiguous(), "{product} {code}");
                assert_eq!(lookup.name(), None);
                assert_eq!(lookup.info(), None);
                for lang in [Lang::Zh, Lang::En] {
                    let text = lookup.message(lang);
                    assert!(!text.is_empty());
                    assert!(
                        lookup.meanings().iter().all(|m| m.message(lang) != text),
                        "{product} {code}: one section's text"
                    );
                }
                let meant: BTreeSet<&str> = lookup.meanings().iter().map(|m| m.name().as_str()).collect();
                assert_eq!(meant, names);
            } else {
                assert!(!lookup.is_ambiguous());
                assert_eq!(lookup.name(), names.first().copied());
                assert_eq!(lookup.message(Lang::En), s(rows[0], "message_en"));
            }
        }
    }
}

/// Codes near and far from every product's, that no product's data holds.
fn unknown_samples() -> Vec<u32> {
    let mut known = BTreeSet::new();
    for (_, entries) in registry() {
        known.extend(entries.iter().map(code_of));
    }
    let mut samples: Vec<u32> = known
        .iter()
        .flat_map(|&c| [c.wrapping_add(1), c.wrapping_sub(1), c.wrapping_add(997)])
        .chain([u32::MAX, 100_999_999, 7_777_777])
        .filter(|c| !known.contains(c))
        .collect();
    samples.sort_unstable();
    samples.dedup();
    samples
}

#[test]
fn an_unknown_code_gets_its_product_s_generic_text() {
    for (&product, (_, entries)) in Product::ALL.iter().zip(registry()) {
        let texts: BTreeSet<&str> = entries.iter().map(|e| s(e, "message_en")).collect();
        for code in unknown_samples() {
            for kind in [Family::Return, Family::Event] {
                let lookup = ProductCode::of(product, kind, code);
                assert!(!lookup.is_known() && !lookup.is_ambiguous());
                assert_eq!(lookup.meanings(), &[]);
                assert_eq!(
                    (lookup.name(), lookup.since(), lookup.withdrawn()),
                    (None, None, None)
                );
                assert_eq!(lookup.guidance(), Guidance::Unknown);
                assert!(!lookup.is_retryable());
                let en = lookup.message(Lang::En);
                assert!(!en.is_empty() && !lookup.message(Lang::Zh).is_empty());
                assert!(!texts.contains(en.as_str()), "{product} {code}: an entry's text");
                if product == Product::DEFAULT {
                    continue;
                }
                if kind == Family::Return && zego_codes::COMMON_RANGE.contains(&code) {
                    assert_eq!(en, Code::new(code).message(Lang::En), "the gateway's range text");
                } else {
                    assert!(
                        en.contains(product.name(Lang::En).as_str()),
                        "{product} {code}: {en}"
                    );
                }
            }
        }
    }
}

#[test]
fn ai_agent_through_the_product_api_is_code_and_event_code() {
    let samples = unknown_samples()
        .into_iter()
        .chain(Code::all().map(u32::from))
        .chain(EventCode::all().map(u32::from));
    for code in samples {
        let (r, c) = (ProductCode::new(Product::DEFAULT, code), Code::new(code));
        let (e, ev) = (ProductCode::event(Product::DEFAULT, code), EventCode::new(code));
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(r.message(lang), c.message(lang), "{code}");
            assert_eq!(r.suggestion(lang), c.suggestion(lang), "{code}");
            assert_eq!(e.message(lang), ev.message(lang), "{code}");
            assert_eq!(e.suggestion(lang), ev.suggestion(lang), "{code}");
        }
        assert_eq!(
            (r.name(), r.guidance(), r.since(), r.withdrawn()),
            (c.name(), c.guidance(), c.since(), c.withdrawn())
        );
        assert_eq!(
            (e.name(), e.guidance(), e.since()),
            (ev.name(), ev.guidance(), ev.since())
        );
        assert_eq!(r.category(), Some(c.category()));
        assert_eq!(e.category(), None);
    }
}

#[test]
fn definitions_list_every_product_and_section_that_holds_a_number() {
    let mut expected: BTreeMap<(Family, u32), BTreeSet<(String, String)>> = BTreeMap::new();
    for (p, entries) in registry() {
        for e in &entries {
            expected
                .entry((family(s(e, "kind")), code_of(e)))
                .or_default()
                .insert((s(&p, "id").to_owned(), s(e, "section").to_owned()));
        }
    }
    for ((kind, code), want) in &expected {
        let got: BTreeSet<(String, String)> = definitions(*kind, *code)
            .map(|m| {
                (
                    m.product().id().to_owned(),
                    m.section().map_or("", |s| s.id()).to_owned(),
                )
            })
            .collect();
        assert_eq!(&got, want, "{kind:?} {code}");
    }
    for code in unknown_samples() {
        assert_eq!(definitions(Family::Return, code).count(), 0);
    }
}

#[test]
fn the_product_categories_follow_the_ranges() {
    for &product in Product::ALL {
        assert_eq!(product.code(100_000_005).category(), Some(Category::Common));
        assert_eq!(ProductCode::event(product, 1).category(), None);
        if product != Product::DEFAULT {
            assert_eq!(product.code(7_777_777).category(), Some(Category::Business));
        }
    }
}

#[test]
fn lookups_near_every_code_and_at_random_answer_only_for_what_the_data_holds() {
    let mut held: BTreeSet<(u8, u32)> = BTreeSet::new();
    for ((_, entries), p) in registry().iter().zip(0u8..) {
        for e in entries {
            held.insert((p * 2 + u8::from(s(e, "kind") == "event"), code_of(e)));
        }
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let random = std::iter::from_fn(move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        Some(state as u32)
    });
    let near = held
        .iter()
        .flat_map(|&(_, c)| (0..=8u32).flat_map(move |d| [c.wrapping_add(d), c.wrapping_sub(d)]));
    let samples: Vec<u32> = near.chain(random.take(4_000)).chain([0, u32::MAX]).collect();
    for (&product, p) in Product::ALL.iter().zip(0u8..) {
        for (kind, k) in [(Family::Return, 0u8), (Family::Event, 1)] {
            for &code in &samples {
                let lookup = ProductCode::of(product, kind, code);
                let holds = held.contains(&(p * 2 + k, code));
                assert_eq!(lookup.is_known(), holds, "{product} {kind:?} {code}");
                assert_eq!(lookup.meanings().is_empty(), !holds);
                assert!(lookup
                    .meanings()
                    .iter()
                    .all(|m| m.code() == code && m.product() == product && m.family() == kind));
                assert!(!lookup.message(Lang::En).is_empty());
            }
        }
    }
}
