//! Behaviour of the public API on known, unknown and edge codes. What the catalog holds
//! (its codes, texts, `since`, withdrawn codes) is read from data/*.toml, the source of
//! truth, so a catalog update needs no edit here.

use std::collections::{HashMap, HashSet};

use zego_codes::{Category, Code, EventCategory, EventCode, Guidance, Lang, Text};

/// The `[[code]]` tables of `data/<kind>_codes.toml`, in the file's order.
fn data(kind: &str) -> Vec<toml::Table> {
    let path = format!("{}/data/{kind}_codes.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
    table["code"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_table().unwrap().clone())
        .collect()
}

fn field<'a>(entry: &'a toml::Table, key: &str) -> &'a str {
    entry.get(key).and_then(|v| v.as_str()).unwrap_or("")
}

fn data_entry(kind: &str, code: u32) -> toml::Table {
    data(kind)
        .into_iter()
        .find(|e| e["code"].as_integer() == Some(code.into()))
        .unwrap_or_else(|| panic!("{code} is not in data/{kind}_codes.toml"))
}

#[test]
fn known_code_answers_with_its_entry() {
    let code = Code::new(410001031);
    let entry = data_entry("return", 410001031);
    assert!(code.is_known());
    assert_eq!(code, Code::DIGITAL_HUMAN_CONCURRENCY_LIMIT);
    assert_eq!(code.name(), Some("DIGITAL_HUMAN_CONCURRENCY_LIMIT"));
    assert_eq!(code.message(Lang::Zh), field(&entry, "message_zh"));
    assert_eq!(code.message(Lang::En), field(&entry, "message_en"));
    assert_eq!(code.suggestion(Lang::Zh), field(&entry, "suggestion_zh"));
    assert_eq!(code.suggestion(Lang::En), field(&entry, "suggestion_en"));
    assert_eq!(code.category(), Category::Business);
    assert_eq!(code.guidance(), Guidance::SlowDown);
    assert!(code.is_retryable());
    assert!(!code.is_success());
    assert_eq!(code.since(), Some(field(&entry, "since")));
}

#[test]
fn every_entry_is_the_data_files() {
    for (kind, infos) in [("return", Code::infos()), ("event", EventCode::infos())] {
        let entries = data(kind);
        assert_eq!(infos.len(), entries.len(), "{kind}: one entry per [[code]]");
        for (info, e) in infos.iter().zip(&entries) {
            let at = format!("{kind} {}", info.code());
            assert_eq!(Some(info.code().into()), e["code"].as_integer(), "{at}");
            assert_eq!(info.name().as_str(), field(e, "name"), "{at}");
            assert_eq!(info.since().as_str(), field(e, "since"), "{at}");
            assert_eq!(info.guidance().as_str(), field(e, "guidance"), "{at}");
            for (lang, m, s, source) in [
                (Lang::Zh, "message_zh", "suggestion_zh", "zh_source"),
                (Lang::En, "message_en", "suggestion_en", "en_source"),
            ] {
                assert_eq!(info.message(lang).as_str(), field(e, m), "{at}");
                assert_eq!(info.suggestion(lang).as_str(), field(e, s), "{at}");
                assert_eq!(
                    info.text_from_zego(lang),
                    !e.contains_key(source),
                    "{at} {source}"
                );
            }
            assert_eq!(info.english_from_zego(), info.text_from_zego(Lang::En));
            let withdrawn = e.get("withdrawn").and_then(|v| v.as_str());
            assert_eq!(info.withdrawn().map(|t| t.as_str()), withdrawn, "{at}");
        }
    }
}

#[test]
fn a_withdrawn_code_stays_known_by_number_and_name() {
    for code in Code::all() {
        assert_eq!(
            code.withdrawn(),
            code.info().unwrap().withdrawn().map(|t| t.as_str())
        );
        if code.withdrawn().is_some() {
            assert!(code.is_known() && Code::from_name(code.name().unwrap()) == Some(code));
            assert!(!code.message(Lang::Zh).is_empty());
        }
    }
    for code in EventCode::all() {
        if code.withdrawn().is_some() {
            assert!(code.is_known() && EventCode::from_name(code.name().unwrap()) == Some(code));
        }
    }
    assert_eq!(Code::new(410_009_999).withdrawn(), None);
    assert_eq!(EventCode::new(u32::MAX).withdrawn(), None);
}

#[test]
fn success_is_code_zero_only() {
    assert!(Code::SUCCESS.is_success());
    assert_eq!(Code::SUCCESS.get(), 0);
    assert_eq!(Code::SUCCESS.category(), Category::Success);
    assert_eq!(Code::SUCCESS.guidance(), Guidance::NoAction);
    assert_eq!(
        Code::SUCCESS.suggestion(Lang::Zh),
        "",
        "ZEGO's '-' cell means no suggestion"
    );
    assert!(Code::all().filter(|c| c.is_success()).eq([Code::SUCCESS]));
}

#[test]
fn unknown_codes_name_their_range() {
    // Inside the ranges, the first and last numbers the catalog does not hold: gaps of today's
    // catalog are never named here, since ZEGO may fill them.
    let unknown_in = |range: std::ops::RangeInclusive<u32>| {
        let first = range
            .clone()
            .find(|&c| !Code::new(c).is_known())
            .expect("a free number");
        let last = range
            .rev()
            .find(|&c| !Code::new(c).is_known())
            .expect("a free number");
        [first, last]
    };
    let [common_first, common_last] = unknown_in(zego_codes::COMMON_RANGE);
    let [business_first, business_last] = unknown_in(zego_codes::BUSINESS_RANGE);
    let cases = [
        (1, Category::Unknown, "outside the ranges"),
        (
            zego_codes::COMMON_RANGE.start() - 1,
            Category::Unknown,
            "outside the ranges",
        ),
        (common_first, Category::Common, "common gateway range"),
        (common_last, Category::Common, "common gateway range"),
        (
            zego_codes::COMMON_RANGE.end() + 1,
            Category::Unknown,
            "outside the ranges",
        ),
        (business_first, Category::Business, "AI Agent business range"),
        (business_last, Category::Business, "AI Agent business range"),
        (u32::MAX, Category::Unknown, "outside the ranges"),
    ];
    for (value, category, phrase) in cases {
        let code = Code::new(value);
        assert!(!code.is_known(), "{value}");
        assert_eq!(code.get(), value, "an unknown code keeps its number");
        assert_eq!(code.category(), category, "{value}");
        assert!(
            code.message(Lang::En).contains(phrase),
            "{value}: {}",
            code.message(Lang::En)
        );
        assert!(code.message(Lang::Zh).starts_with("未知返回码"), "{value}");
        assert!(!code.suggestion(Lang::En).is_empty() && !code.suggestion(Lang::Zh).is_empty());
        assert_eq!(code.guidance(), Guidance::Unknown);
        assert!(!code.is_retryable());
        assert_eq!((code.name(), code.since(), code.info()), (None, None, None));
        assert_eq!(Code::from_known(value), None);
    }
}

#[test]
fn event_codes_are_their_own_catalog() {
    let event = EventCode::new(2204);
    assert_eq!(event, EventCode::LLM_CONCURRENCY_LIMIT);
    assert_eq!(event.category(), EventCategory::Llm);
    let entry = data_entry("event", 2204);
    assert_eq!(event.message(Lang::Zh), field(&entry, "message_zh"));
    assert_eq!(event.suggestion(Lang::En), field(&entry, "suggestion_en"));
    assert_eq!(event.guidance(), Guidance::SlowDown);
    // The same number means nothing as a return code.
    assert!(!Code::new(2204).is_known());
    assert!(!EventCode::new(410001002).is_known());

    // A number of the LLM range the catalog does not hold, above the LLM codes it does.
    let llm = EventCode::all()
        .filter(|c| c.category() == EventCategory::Llm)
        .map(EventCode::get)
        .max()
        .expect("LLM event codes");
    let unknown = (llm..)
        .map(EventCode::new)
        .find(|c| !c.is_known())
        .expect("a free number");
    assert!(!unknown.is_known());
    assert_eq!(unknown.category(), EventCategory::Llm);
    assert_eq!(
        unknown.message(Lang::En),
        "Unknown exception event code in the LLM range."
    );
    assert_eq!(EventCode::new(0).category(), EventCategory::Unknown);
    assert_eq!(EventCode::new(u32::MAX).category(), EventCategory::Unknown);
}

#[test]
fn every_text_is_nul_terminated_utf8_without_interior_nul() {
    let mut texts: Vec<Text> = Vec::new();
    for info in Code::infos().iter().chain(EventCode::infos()) {
        texts.extend([info.name(), info.since()]);
        texts.extend(info.withdrawn());
        for lang in [Lang::Zh, Lang::En] {
            texts.extend([info.message(lang), info.suggestion(lang)]);
        }
    }
    for value in [1, 100_000_016, 410_000_000, u32::MAX] {
        for lang in [Lang::Zh, Lang::En] {
            texts.extend([Code::new(value).message(lang), Code::new(value).suggestion(lang)]);
        }
    }
    for value in [0, 1000, 1100, 1200, 2100, 2200, 2300] {
        for lang in [Lang::Zh, Lang::En] {
            texts.extend([
                EventCode::new(value).message(lang),
                EventCode::new(value).suggestion(lang),
            ]);
        }
    }
    for text in texts {
        let c = text.as_c_str();
        assert_eq!(
            c.to_bytes(),
            text.as_str().as_bytes(),
            "{text:?} has an interior NUL or none at its end"
        );
        assert_eq!(c.as_ptr(), text.as_ptr(), "the C string is the same memory");
        assert_eq!(text.len(), text.as_str().len());
    }
}

#[test]
fn names_are_unique_upper_snake_and_round_trip() {
    for (kind, names) in [
        (
            "return",
            Code::all().map(|c| c.name().unwrap()).collect::<Vec<_>>(),
        ),
        (
            "event",
            EventCode::all().map(|c| c.name().unwrap()).collect::<Vec<_>>(),
        ),
    ] {
        let unique: HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{kind} names repeat");
        for name in names {
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{name}"
            );
        }
    }
    for code in Code::all() {
        assert_eq!(Code::from_name(code.name().unwrap()), Some(code));
    }
    for code in EventCode::all() {
        assert_eq!(EventCode::from_name(code.name().unwrap()), Some(code));
    }
    assert_eq!(Code::from_name("agent_instance_not_found"), None);
    // ZEGO may give two codes one text (it has, in two ranges): each keeps its own name,
    // and the name, not the text, is what finds it.
    let mut by_text: HashMap<_, Vec<Code>> = HashMap::new();
    for code in Code::all() {
        by_text
            .entry(code.message(Lang::Zh).as_str())
            .or_default()
            .push(code);
    }
    for codes in by_text.values().filter(|codes| codes.len() > 1) {
        let names: HashSet<_> = codes.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), codes.len(), "{codes:?} share a text and a name");
        for code in codes {
            assert_eq!(Code::from_name(code.name().unwrap()), Some(*code));
        }
    }
}

#[test]
fn iteration_is_ascending_and_matches_lookup() {
    let codes: Vec<u32> = Code::all().map(Code::get).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    let in_data = |kind| -> Vec<u32> {
        let mut codes: Vec<u32> = data(kind)
            .iter()
            .map(|e| e["code"].as_integer().unwrap() as u32)
            .collect();
        codes.sort_unstable();
        codes
    };
    assert_eq!(codes, in_data("return"));
    assert_eq!(
        EventCode::all().map(EventCode::get).collect::<Vec<_>>(),
        in_data("event")
    );
    assert_eq!(
        Code::all().next_back().map(Code::get),
        in_data("return").last().copied()
    );
    for code in Code::all() {
        assert_eq!(code.info().unwrap().code(), code.get());
        assert_eq!(Code::from_known(code.get()), Some(code));
    }
}

#[test]
fn display_and_debug() {
    let code = Code::AGENT_INSTANCE_NOT_FOUND;
    let entry = data_entry("return", 410001002);
    let (zh, en) = (field(&entry, "message_zh"), field(&entry, "message_en"));
    assert_eq!(
        code.to_string(),
        format!("410001002 AGENT_INSTANCE_NOT_FOUND: {zh}")
    );
    assert_eq!(
        format!("{code:#}"),
        format!("410001002 AGENT_INSTANCE_NOT_FOUND: {en}")
    );
    assert_eq!(format!("{code:?}"), "Code::AGENT_INSTANCE_NOT_FOUND");
    assert_eq!(format!("{:?}", Code::new(7)), "Code(7)");
    assert_eq!(
        format!("{:#}", Code::new(7)),
        "7: Unknown return code outside the ranges of ZEGO's AI Agent server API."
    );
    assert_eq!(format!("{:?}", EventCode::TTS_ERROR), "EventCode::TTS_ERROR");
    let boxed: Box<dyn std::error::Error> = Box::new(code);
    assert!(boxed.to_string().contains("410001002"));
}

#[test]
fn guidance_and_category_names_round_trip() {
    for g in Guidance::ALL {
        assert_eq!(Guidance::from_name(g.as_str()), Some(g));
        assert_eq!(Guidance::from_u32(g as u32), Some(g));
        assert!(!g.summary(Lang::Zh).is_empty() && !g.summary(Lang::En).is_empty());
    }
    assert_eq!(Guidance::from_u32(Guidance::ALL.len() as u32), None);
    let retryable: Vec<_> = Guidance::ALL.into_iter().filter(|g| g.is_retryable()).collect();
    assert_eq!(
        retryable,
        [Guidance::RenewSignature, Guidance::RetryLater, Guidance::SlowDown]
    );
    for (i, c) in Category::ALL.into_iter().enumerate() {
        assert_eq!(c as usize, i);
        assert_eq!(Category::from_name(c.as_str()), Some(c));
    }
    for (i, c) in EventCategory::ALL.into_iter().enumerate() {
        assert_eq!(c as usize, i);
        assert_eq!(EventCategory::from_name(c.as_str()), Some(c));
    }
    assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
    assert!("EN".parse::<Lang>().is_err());
}

#[test]
fn every_known_code_lies_in_a_named_range() {
    for code in Code::all() {
        assert_ne!(code.category(), Category::Unknown, "{code:?}");
        assert_ne!(
            code.guidance(),
            Guidance::Unknown,
            "{code:?} has no reviewed guidance"
        );
    }
    for code in EventCode::all() {
        assert_ne!(code.category(), EventCategory::Unknown, "{code:?}");
        assert_ne!(
            code.guidance(),
            Guidance::Unknown,
            "{code:?} has no reviewed guidance"
        );
    }
}

/// The position the bindings index their own tables by, for both families.
fn index_is_the_position_in_infos<C: zego_codes::CatalogCode>() {
    for (i, info) in C::infos().iter().enumerate() {
        let code = C::new(info.code());
        assert_eq!(code.index(), Some(i));
        assert!(core::ptr::eq(code.info().unwrap(), info));
    }
    for unknown in [1, 999, 410_009_999, u32::MAX] {
        let code = C::new(unknown);
        assert_eq!(code.index().is_some(), code.is_known(), "{unknown}");
    }
}

#[test]
fn index_is_the_position_in_infos_for_both_families() {
    index_is_the_position_in_infos::<Code>();
    index_is_the_position_in_infos::<EventCode>();
}

/// An unknown code answers with its category's unknown texts, which every category has.
fn unknown_texts_come_from_the_category<C: zego_codes::CatalogCode>(samples: &[u32]) {
    use zego_codes::CodeCategory;
    // Samples a later catalog may come to hold are skipped rather than failed.
    for code in samples.iter().map(|&v| C::new(v)).filter(|c| !c.is_known()) {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(code.message(lang), code.category().unknown_message(lang));
            assert_eq!(code.suggestion(lang), code.category().unknown_suggestion(lang));
        }
    }
    for &category in C::Category::ALL {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!category.unknown_message(lang).is_empty(), "{category}");
            assert!(!category.unknown_suggestion(lang).is_empty(), "{category}");
        }
        assert_eq!(C::Category::ALL.get(category.value() as usize), Some(&category));
    }
}

#[test]
fn unknown_texts_by_category_and_language() {
    unknown_texts_come_from_the_category::<Code>(&[1, 100_999_999, 410_999_999, u32::MAX]);
    unknown_texts_come_from_the_category::<EventCode>(&[1, 1099, 1199, 1299, 2199, 2299, 2399]);
}
