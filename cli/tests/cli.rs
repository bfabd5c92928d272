//! Drives the built `zego-codes` binary where tests/golden/ (cli/tests/golden.rs) does not:
//! list, search and explain, empty, invalid UTF-8 and large input, the command line's own
//! options and usage errors, help and version.

#[path = "support/loggen.rs"]
mod loggen;

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use zego_codes::{CatalogCode, Code, EventCode, Lang};

const BIN: &str = env!("CARGO_BIN_EXE_zego-codes");

/// Runs the binary with a clean environment plus `env`, feeding `stdin`.
fn run_env(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn zego-codes");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    // A writer thread, so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn run(args: &[&str]) -> Output {
    run_env(args, &[], b"")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn status(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed")
}

/// The annotation `explain` writes for a known code, ZEGO's texts taken from the catalog: the
/// tests here pin the layout, xtask's conformance test pins the texts to ZEGO's pages.
fn note<C: CatalogCode + 'static>(code: C, lang: Lang) -> String {
    let is_event = std::any::TypeId::of::<C>() == std::any::TypeId::of::<EventCode>();
    let kind = if is_event { "event " } else { "" };
    let name = code.name().expect("a known code");
    let (message, suggestion) = (code.message(lang), code.suggestion(lang));
    let head = format!("  # {kind}{} {name}: {message}", code.get());
    match suggestion.as_str() {
        "" => head,
        s => format!("{head} → {s}"),
    }
}

fn explain(args: &[&str], input: &[u8]) -> Output {
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    run_env(&all, &[], input)
}

/// The input again: every annotation removed. Annotations start with "  # " and run to the
/// line terminator.
fn strip_annotations(out: &[u8]) -> Vec<u8> {
    let mut result = Vec::with_capacity(out.len());
    for line in out.split_inclusive(|&b| b == b'\n') {
        let (body, end): (&[u8], &[u8]) = match line {
            [rest @ .., b'\r', b'\n'] => (rest, b"\r\n"),
            [rest @ .., b'\n'] => (rest, b"\n"),
            rest => (rest, b""),
        };
        let cut = body.windows(4).position(|w| w == b"  # ").unwrap_or(body.len());
        result.extend_from_slice(&body[..cut]);
        result.extend_from_slice(end);
    }
    result
}

// ---- CODE... ----

/// The command line's own forms of the language rules (render/src/lang.rs tests the rules,
/// tests/golden/ the lookups in each language).
#[test]
fn language_flag_forms() {
    let c = Code::SIGNATURE_EXPIRED;
    let english = format!("message:    {}\n", c.message(Lang::En));
    let o = run(&["100000004", "--lang=en"]);
    assert!(stdout(&o).contains(&english), "{}", stdout(&o));
    let o = run_env(&["100000004", "--lang", "zh"], &[("ZEGO_CODES_LANG", "en")], b"");
    assert!(
        stdout(&o).contains(&format!("说明：{}\n", c.message(Lang::Zh))),
        "{}",
        stdout(&o)
    );
}

// ---- event ----

// ---- list ----

#[test]
fn list_every_code_in_an_aligned_table() {
    let o = run(&["list", "--lang", "en"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + Code::all().len());
    let col = lines[0].find("MESSAGE").unwrap();
    for line in &lines[1..] {
        assert_eq!(line.as_bytes()[col - 1], b' ', "{line}");
        assert_ne!(line.as_bytes()[col], b' ', "{line}");
    }
    assert!(text.contains("410001031  DIGITAL_HUMAN_CONCURRENCY_LIMIT"));
}

#[test]
fn list_by_category_and_events() {
    let count = |args: &[&str]| stdout(&run(args)).lines().count() - 1;
    let common = Code::all()
        .filter(|c| c.category() == zego_codes::Category::Common)
        .count();
    assert_eq!(count(&["list", "--category", "common"]), common);
    assert_eq!(count(&["list", "--events"]), EventCode::all().len());
    let llm = stdout(&run(&["list", "--category=llm"]));
    assert!(llm.lines().skip(1).all(|l| l.starts_with("22")), "{llm}");
    let llm_codes = EventCode::all()
        .filter(|c| c.category() == zego_codes::EventCategory::Llm)
        .count();
    assert_eq!(llm.lines().count() - 1, llm_codes);
}

#[test]
fn list_json_is_an_array_of_objects() {
    let o = run(&["list", "--events", "--json"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    assert!(text.starts_with("[\n{\"code\":1001,"), "{text}");
    assert!(text.ends_with("}\n]\n"));
    assert_eq!(text.matches("{\"code\":").count(), EventCode::all().len());
}

#[test]
fn list_rejects_bad_categories() {
    let o = run(&["list", "--category", "nope"]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("unknown category 'nope'"));
    assert!(stderr(&o).contains("business"));
    assert!(o.stdout.is_empty());
}

// ---- search ----

/// The names of the codes `search` must find for `needle`, from the catalog: those whose
/// name, number or any of ZEGO's texts holds it, ignoring case.
fn search_hits(needle: &str) -> Vec<&'static str> {
    fn hits<C: CatalogCode>(needle: &str) -> Vec<&'static str> {
        let needle = needle.to_lowercase();
        C::all()
            .filter(|c| {
                let texts = [Lang::Zh, Lang::En].map(|l| [c.message(l), c.suggestion(l)]);
                let name = c.name().unwrap_or("");
                let code = c.get().to_string();
                let mut fields = [name, &code].into_iter();
                let mut texts = texts.iter().flatten().map(|t| t.as_str());
                fields.any(|f| f.to_lowercase().contains(&needle))
                    || texts.any(|t| t.to_lowercase().contains(&needle))
            })
            .filter_map(|c| c.name())
            .collect()
    }
    let mut all = hits::<Code>(needle);
    all.extend(hits::<EventCode>(needle));
    all
}

/// The names in the rows of a table `search` or `list` printed.
fn table_names(text: &str) -> Vec<&str> {
    let rows = text.lines().skip(1);
    rows.map(|l| l.split_whitespace().nth(1).unwrap()).collect()
}

#[test]
fn search_chinese_english_and_names() {
    let o = run(&["search", "数字人"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    let expected = search_hits("数字人");
    assert!(!expected.is_empty(), "the catalog speaks of 数字人");
    assert_eq!(table_names(&text), expected, "{text}");

    let o = run(&["search", "SiGnAtUrE", "--lang", "en"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    for name in [
        "SIGNATURE_EXPIRED",
        "INVALID_SIGNATURE",
        "MISSING_SIGNATURE_NONCE",
    ] {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    assert_eq!(table_names(&text), search_hits("signature"), "{text}");

    let o = run(&["search", "CONCURRENCY", "--json"]);
    let text = stdout(&o);
    assert!(
        text.contains("\"name\":\"LLM_CONCURRENCY_LIMIT\""),
        "event codes are searched too: {text}"
    );
    assert!(
        text.contains("\"name\":\"DIGITAL_HUMAN_CONCURRENCY_LIMIT\""),
        "{text}"
    );
}

#[test]
fn search_numbers() {
    let o = run(&["search", "01031"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    assert!(
        text.contains("410001031  DIGITAL_HUMAN_CONCURRENCY_LIMIT"),
        "{text}"
    );
    // One line per code whose number holds the digits, and the header.
    let holding = Code::all()
        .filter(|c| c.get().to_string().contains("01031"))
        .count()
        + EventCode::all()
            .filter(|c| c.get().to_string().contains("01031"))
            .count();
    assert_eq!(text.lines().count(), holding + 1, "{text}");
}

#[test]
fn search_without_match_exits_1() {
    let o = run(&["search", "no such thing anywhere"]);
    assert_eq!(status(&o), 1);
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("no code matches"));
    let o = run(&["search", "no such thing anywhere", "--json"]);
    assert_eq!(stdout(&o), "[]\n");
}

// ---- explain ----

#[test]
fn explain_annotates_codes_in_their_contexts() {
    let day = "1999-12-31"; // lint-tests: a log line's made-up day, before any page of the data
    let input = format!(
        concat!(
            "{day} ERROR resp={{\"Code\":410001031,\"Message\":\"x\"}}\n",
            "{day} ERROR code=100000004 order_id=410001002 ts=1752739200\n",
            "{day} WARN Code: 410001002\n",
            "{day} INFO resp={{\"Code\":0}} order=410001031 410001031\n",
            "{{\"Event\":\"Exception\",\"Data\":{{\"Code\":2204,\"Message\":\"m\"}}}}\n",
            "{{\"Event\":\"AgentSpeak\",\"Data\":{{\"Code\":2204}}}}\n",
        ),
        day = day
    );
    let o = explain(&["--lang", "en"], input.as_bytes());
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), input.lines().count());
    let expected = format!("\"x\"}}{}", note(Code::DIGITAL_HUMAN_CONCURRENCY_LIMIT, Lang::En));
    assert!(lines[0].ends_with(&expected), "{}", lines[0]);
    let expected = format!("ts=1752739200{}", note(Code::SIGNATURE_EXPIRED, Lang::En));
    assert!(lines[1].ends_with(&expected), "{}", lines[1]);
    assert!(
        !lines[1].contains("# 410001002"),
        "order_id is not a code: {}",
        lines[1]
    );
    assert!(
        lines[2].contains("  # 410001002 AGENT_INSTANCE_NOT_FOUND: "),
        "{}",
        lines[2]
    );
    assert!(
        !lines[3].contains("  # "),
        "success and bare numbers stay untouched: {}",
        lines[3]
    );
    assert!(
        lines[4].contains("  # event 2204 LLM_CONCURRENCY_LIMIT: "),
        "{}",
        lines[4]
    );
    assert!(!lines[5].contains("  # "), "{}", lines[5]);
    assert_eq!(strip_annotations(&o.stdout), input.as_bytes());
}

#[test]
fn explain_in_chinese() {
    let o = explain(&[], b"code=100000004\n");
    assert_eq!(
        stdout(&o),
        format!("code=100000004{}\n", note(Code::SIGNATURE_EXPIRED, Lang::Zh))
    );
}

#[test]
fn explain_empty_input() {
    let o = explain(&[], b"");
    assert_eq!(status(&o), 0);
    assert!(o.stdout.is_empty());
    assert!(o.stderr.is_empty());
}

#[test]
fn explain_keeps_invalid_utf8_and_line_endings_byte_for_byte() {
    let input: &[u8] =
        b"\xff\xfe bad \xc3( code=410001031 \x80\r\nplain \xe4\xb8\r\n\n\r\nlast code=100000004 \xff";
    let o = explain(&[], input);
    assert_eq!(status(&o), 0);
    assert_eq!(strip_annotations(&o.stdout), input);
    let codes = input.windows(5).filter(|w| w == b"code=").count();
    assert!(o.stdout.windows(4).filter(|w| w == b"  # ").count() == codes);
    assert!(
        o.stdout
            .ends_with(note(Code::SIGNATURE_EXPIRED, Lang::Zh).as_bytes()),
        "a last line without newline stays so"
    );
}

#[test]
fn explain_unknown_code_exits_1_and_still_annotates() {
    let o = explain(&["--lang", "en"], b"code=410009999\n");
    assert_eq!(status(&o), 1);
    assert!(
        stdout(&o).contains("  # 410009999 (unknown): Unknown return code in the AI Agent business range.")
    );
}

#[test]
fn explain_files_and_stdin_in_order_and_missing_file() {
    let dir = std::env::temp_dir().join(format!("zego-codes-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.log");
    let b = dir.join("b.log");
    std::fs::write(&a, "A code=100000004\n").unwrap();
    std::fs::write(&b, "B Code: 410001002\n").unwrap();
    let missing = dir.join("missing.log");
    let (a, b, missing) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    let o = run_env(&["explain", a, "-", missing, b], &[], b"S code=410001031\n");
    assert_eq!(status(&o), 2, "an unreadable file is an error");
    let text = stdout(&o);
    let firsts: Vec<char> = text.lines().map(|l| l.chars().next().unwrap()).collect();
    assert_eq!(firsts, ['A', 'S', 'B'], "{text}");
    assert_eq!(text.matches("  # ").count(), firsts.len(), "a note per line");
    assert!(
        stderr(&o).contains("cannot read") && stderr(&o).contains("missing.log"),
        "{}",
        stderr(&o)
    );
    let o = run(&["explain", dir.to_str().unwrap()]);
    assert_eq!(status(&o), 2, "a directory cannot be read");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_large_input() {
    let mut input = Vec::new();
    let stats = loggen::write_log(&mut input, 8 << 20, 7).unwrap();
    assert!(stats.code_lines > 5000);
    let o = explain(&[], &input);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    let annotations = o.stdout.windows(4).filter(|w| w == b"  # ").count() as u64;
    assert_eq!(annotations, stats.code_lines);
    assert_eq!(strip_annotations(&o.stdout), input);
}

/// One line far longer than the read buffer, with codes everywhere including across chunk
/// boundaries, and the exception marker after its event code.
#[test]
fn explain_very_long_line() {
    let mut line = Vec::new();
    let mut i = 0u32;
    while line.len() < 3 << 20 {
        write!(
            line,
            "{} code={} ",
            "x".repeat((i % 97) as usize),
            410001002 + (i % 2) * 29
        )
        .unwrap();
        i += 1;
    }
    line.extend_from_slice(br#""Data":{"Code":1201},"Event":"Exception""#);
    let mut input = line.clone();
    input.extend_from_slice(b"\nnext code=100000004\n");
    let o = explain(&["--lang", "en"], &input);
    assert_eq!(status(&o), 0);
    assert_eq!(strip_annotations(&o.stdout), input);
    let text = stdout(&o);
    let first = text.lines().next().unwrap();
    assert!(
        first.ends_with(&note(EventCode::RTC_ERROR, Lang::En)),
        "{}",
        &first[first.len() - 400..]
    );
    let codes = ["410001002", "410001031", "event 1201"];
    assert_eq!(first.matches("  # ").count(), codes.len(), "{codes:?}, once each");
    assert!(text.lines().nth(1).unwrap().contains("# 100000004"));
}

/// Memory does not grow with the line: a 48 MB line goes through under a 40 MB address-space
/// limit.
#[test]
fn explain_streams_in_constant_memory() {
    let script = format!("ulimit -v {} && exec '{BIN}' explain", 40 * 1024);
    let mut child = Command::new("sh")
        .args(["-c", &script])
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = b"y".repeat(1 << 20);
        for _ in 0..48 {
            pipe.write_all(&chunk).unwrap();
        }
        pipe.write_all(b" code=410001031\n").unwrap();
    });
    let mut out = child.stdout.take().unwrap();
    let mut total = 0usize;
    let mut tail = Vec::new();
    let mut buf = vec![0; 1 << 16];
    loop {
        let n = out.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        total += n;
        tail.extend_from_slice(&buf[..n]);
        let keep = tail.len().saturating_sub(400);
        tail.drain(..keep);
    }
    writer.join().unwrap();
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(status.success(), "{err}");
    assert!(total > 48 << 20);
    assert!(String::from_utf8_lossy(&tail)
        .contains("code=410001031  # 410001031 DIGITAL_HUMAN_CONCURRENCY_LIMIT"));
}

#[test]
fn explain_stops_quietly_when_the_reader_goes_away() {
    let mut input = Vec::new();
    loggen::write_log(&mut input, 4 << 20, 3).unwrap();
    let mut child = Command::new(BIN)
        .arg("explain")
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_failing_output_is_reported() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    for args in [&["410001031"][..], &["list"], &["explain"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let o = Command::new(BIN)
            .args(args)
            .env_clear()
            .stdin(Stdio::null())
            .stdout(full)
            .output()
            .unwrap();
        if args == ["explain"] {
            assert_eq!(status(&o), 0, "empty input writes nothing");
            continue;
        }
        assert_eq!(status(&o), 2, "{args:?}");
        assert!(stderr(&o).contains("cannot write the output"), "{}", stderr(&o));
    }
}

// ---- usage, help, version ----

#[test]
fn usage_errors_exit_2_with_a_reason() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "no code given"),
        (&["--bogus"], "unknown option '--bogus'"),
        (&["lsit"], "neither a command nor a code"),
        (&["search"], "needs a text"),
        (&["event"], "at least one event code"),
        (&["list", "x"], "list takes no argument"),
        (&["explain", "--json"], "--json does not apply to explain"),
        (
            &["410001031", "--category", "common"],
            "--category applies only to list",
        ),
    ];
    for (args, reason) in cases {
        let o = run(args);
        assert_eq!(status(&o), 2, "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with("zego-codes: ") && err.contains(reason),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["help"], &["list", "--help"]] {
        let o = run(args);
        assert_eq!(status(&o), 0);
        let text = stdout(&o);
        assert!(
            text.contains("EXAMPLES:") && text.contains("zego-codes 410001031"),
            "{text}"
        );
        assert!(
            text.contains("ZEGO_CODES_LANG") && text.contains("LC_MESSAGES"),
            "{text}"
        );
        assert!(text.contains("EXIT STATUS"));
    }
    let o = run(&["--version"]);
    assert_eq!(status(&o), 0);
    assert_eq!(
        stdout(&o),
        format!(
            "zego-codes {} (return codes {}, event codes {})\n",
            env!("CARGO_PKG_VERSION"),
            zego_codes::RETURN_CODES_REVISION,
            zego_codes::EVENT_CODES_REVISION
        )
    );
}

// ---- products ----

/// `list --all-products --json`, one object per line: the oracle every suite reads. Read from
/// `ZEGOCODES_PRODUCTS` where the make target built it, else from this binary.
fn oracle_rows() -> Vec<String> {
    let text = match std::env::var_os("ZEGOCODES_PRODUCTS") {
        Some(path) => std::fs::read_to_string(path).expect("read the oracle"),
        None => stdout(&run(&["list", "--all-products", "--json"])),
    };
    text.lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| l.trim_end_matches(',').to_owned())
        .collect()
}

/// The value of key `key` in a JSON object line, as written (a string keeps its quotes).
fn json_value<'a>(line: &'a str, key: &str) -> &'a str {
    let pattern = format!("\"{key}\":");
    let start = line
        .find(&pattern)
        .unwrap_or_else(|| panic!("no {key} in {line}"))
        + pattern.len();
    let rest = &line[start..];
    if rest.starts_with('"') {
        let mut escaped = false;
        for (i, c) in rest.char_indices().skip(1) {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => return &rest[..=i],
                _ => escaped = false,
            }
        }
        panic!("unterminated string in {line}");
    }
    &rest[..rest.find([',', '}']).unwrap()]
}

fn unquote(v: &str) -> &str {
    v.trim_matches('"')
}

/// Every entry of the oracle, looked up through the command by product and section (one
/// process per product, section and kind) and without a section: the qualified lookup prints
/// exactly the entry's object; the unqualified one prints the first entry of that code, or
/// every entry when the product's sections define it differently.
#[test]
fn product_lookups_print_the_oracle_rows() {
    use std::collections::BTreeMap;
    let rows = oracle_rows();
    assert!(!rows.is_empty());
    // (product, section, kind) -> rows, in the oracle's order.
    let mut groups: BTreeMap<(String, String, String), Vec<&String>> = BTreeMap::new();
    for row in &rows {
        let key = (
            unquote(json_value(row, "product")).to_owned(),
            unquote(json_value(row, "section")).to_owned(),
            unquote(json_value(row, "kind")).to_owned(),
        );
        groups.entry(key).or_default().push(row);
    }
    for ((product, section, kind), entries) in &groups {
        let codes: Vec<String> = entries.iter().map(|r| json_value(r, "code").to_owned()).collect();
        let mut args: Vec<&str> = vec!["--json", "--product", product];
        if kind == "event" {
            args.push("event");
        }
        if section != "null" {
            args.extend(["--section", section.as_str()]);
        }
        args.push("--");
        args.extend(codes.iter().map(String::as_str));
        let o = run(&args);
        assert_eq!(status(&o), 0, "{args:?}: {}", stderr(&o));
        let lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
        let expected: Vec<String> = entries.iter().map(|r| r.to_string()).collect();
        assert_eq!(lines, expected, "{product}/{section} {kind}");
    }
    // Unqualified: per product and kind, every code once.
    let mut by_product: BTreeMap<(String, String), Vec<&String>> = BTreeMap::new();
    for row in &rows {
        let key = (
            unquote(json_value(row, "product")).to_owned(),
            unquote(json_value(row, "kind")).to_owned(),
        );
        by_product.entry(key).or_default().push(row);
    }
    for ((product, kind), entries) in &by_product {
        let mut codes: Vec<&str> = entries.iter().map(|r| json_value(r, "code")).collect();
        codes.sort_by_key(|c| c.parse::<u32>().unwrap());
        codes.dedup();
        let mut args: Vec<&str> = vec!["--json", "--product", product];
        if kind == "event" {
            args.push("event");
        }
        args.extend(codes.iter().copied());
        let o = run(&args);
        assert_eq!(status(&o), 0, "{args:?}");
        let mut expected = Vec::new();
        for code in &codes {
            let same: Vec<&&String> = entries
                .iter()
                .filter(|r| json_value(r, "code") == *code)
                .collect();
            if json_value(same[0], "ambiguous") == "true" {
                assert!(same.len() > 1, "{code}: ambiguous with one meaning");
                expected.extend(same.iter().map(|r| r.to_string()));
            } else {
                expected.push(same[0].to_string());
            }
        }
        let lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
        assert_eq!(lines, expected, "{product} {kind}");
    }
}

/// A detail says since when ZEGO's page no longer lists a withdrawn entry, in both languages,
/// and says nothing of it for a current one. The oracle says which rows are withdrawn (today's
/// catalog may hold none; `make test-withdrawn` runs this on a copy that holds some): each
/// withdrawn row is looked up by its section (or product), and AI Agent's also without a
/// product; each product and kind's first current row too.
#[test]
fn details_say_which_entries_are_withdrawn() {
    let rows = oracle_rows();
    let mut current_seen = std::collections::BTreeSet::new();
    let mut withdrawn_seen = 0;
    for row in &rows {
        let (product, kind) = (
            unquote(json_value(row, "product")),
            unquote(json_value(row, "kind")),
        );
        let withdrawn = match json_value(row, "withdrawn") {
            "null" => None,
            revision => Some(unquote(revision)),
        };
        if withdrawn.is_none() && !current_seen.insert((product, kind)) {
            continue;
        }
        withdrawn_seen += usize::from(withdrawn.is_some());
        let code = json_value(row, "code");
        let section = unquote(json_value(row, "section"));
        let event: &[&str] = if kind == "event" { &["event"] } else { &[] };
        let mut lookups = vec![[&["--product", product][..], event].concat()];
        if section != "null" {
            lookups[0].extend(["--section", section]);
        }
        if product == "aiagent" {
            lookups.push(event.to_vec());
        }
        for (lang, label) in [("zh", "  停用："), ("en", "  withdrawn:  ")] {
            for lookup in &lookups {
                let args = [&["--lang", lang][..], lookup, &["--", code]].concat();
                let o = run(&args);
                assert_eq!(status(&o), 0, "{args:?}: {}", stderr(&o));
                let text = stdout(&o);
                let said: Vec<&str> = text.lines().filter(|l| l.starts_with(label)).collect();
                let want: Vec<String> = withdrawn.iter().map(|w| format!("{label}{w}")).collect();
                assert_eq!(said, want, "{args:?}:\n{text}");
            }
        }
    }
    let marked = rows
        .iter()
        .filter(|r| json_value(r, "withdrawn") != "null")
        .count();
    assert_eq!(withdrawn_seen, marked);
    assert!(!current_seen.is_empty());
}

/// The three answers the issue asks for, from the core.
#[test]
fn rtc_41003_without_a_section_is_ambiguous() {
    use zego_codes::{ambiguous_message, Product, ProductCode};
    let rtc = ProductCode::new(Product::Rtc, 41003);
    assert!(rtc.is_ambiguous() && rtc.meanings().len() >= 2);
    let o = run(&["--lang", "en", "--product", "rtc", "41003"]);
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    assert!(text.starts_with("41003  (ambiguous)\n"), "{text}");
    assert!(
        text.contains(&format!("  message:    {}\n", ambiguous_message(Lang::En))),
        "{text}"
    );
    for m in rtc.meanings() {
        let section = m.section().expect("RTC's meanings have sections");
        assert!(text.contains(&format!("\n41003  {}\n", m.name())), "{text}");
        assert!(text.contains(&format!(
            "  section:    {} — {}\n",
            section.id(),
            section.title(Lang::En)
        )));
        assert!(text.contains(&format!("  message:    {}\n", m.message(Lang::En))));
        // Named, the section answers exactly.
        let o = run(&[
            "--lang",
            "en",
            "--product",
            "rtc",
            "--section",
            section.id(),
            "41003",
        ]);
        let exact = stdout(&o);
        assert!(exact.starts_with(&format!("41003  {}\n", m.name())), "{exact}");
        assert!(!exact.contains("(ambiguous)"));
    }
}

#[test]
fn code_3_without_a_product_is_aiagent_s_with_the_others_named() {
    use zego_codes::{definitions, Family, Product};
    let o = run(&["--lang", "en", "3"]);
    assert_eq!(status(&o), i32::from(!Code::new(3).is_known()));
    let text = stdout(&o);
    let (answer, hint) = text.trim_end().rsplit_once('\n').unwrap();
    // The answer is AI Agent's, as the renderer prints it (tests/golden pins the layout).
    let mut expected = Vec::new();
    zego_codes_render::show::write_detail(
        &mut expected,
        &zego_codes_render::CodeView::of(Code::new(3)),
        Lang::En,
    )
    .unwrap();
    assert_eq!(format!("{answer}\n"), String::from_utf8(expected).unwrap());
    assert!(hint.starts_with("  also in:    "), "{hint}");
    let others: Vec<_> = definitions(Family::Return, 3)
        .filter(|m| m.product() != Product::DEFAULT)
        .collect();
    assert!(!others.is_empty());
    for m in others {
        assert!(hint.contains(m.product().id()), "{hint} lacks {:?}", m);
        if let Some(s) = m.section() {
            assert!(hint.contains(s.id()), "{hint} lacks {:?}", m);
        }
    }
    assert!(hint.ends_with("zego-codes --all-products 3"), "{hint}");
    // JSON stays as it was: one object, no hint.
    let json = stdout(&run(&["--json", "3"]));
    assert_eq!(json.lines().count(), 1);
    assert!(!json.contains("also"));
    // Every meaning, with --all-products: one object per definition.
    let all = stdout(&run(&["--json", "--all-products", "3"]));
    assert_eq!(all.lines().count(), definitions(Family::Return, 3).count());
}

#[test]
fn asr_410001002_is_asr_s_own() {
    use zego_codes::{Product, ProductCode};
    let asr = ProductCode::new(Product::Asr, 410001002);
    let name = asr.name().expect("ASR defines 410001002");
    assert_ne!(Some(name), Code::new(410001002).name());
    let o = run(&["--json", "--product", "asr", "410001002"]);
    assert_eq!(status(&o), 0);
    let line = stdout(&o);
    assert_eq!(unquote(json_value(&line, "name")), name);
    assert_eq!(unquote(json_value(&line, "product")), "asr");
    let text = stdout(&run(&["--lang", "en", "--product", "asr", "410001002"]));
    assert!(text.starts_with(&format!("410001002  {name}\n")), "{text}");
    assert!(text.contains(&asr.message(Lang::En).to_string()));
}

/// An unknown code of each product gets the product's generic text and exit status 1.
#[test]
fn unknown_codes_in_a_product() {
    use zego_codes::{Family, Product, ProductCode};
    for &p in Product::ALL {
        for (family, event) in [(Family::Return, false), (Family::Event, true)] {
            let Some(code) = (1..u32::MAX)
                .map(|c| c * 7919)
                .find(|&c| !ProductCode::of(p, family, c).is_known())
            else {
                continue;
            };
            let pc = ProductCode::of(p, family, code);
            let number = code.to_string();
            let mut args = vec!["--json", "--product", p.id()];
            if event {
                args.push("event");
            }
            args.push(&number);
            let o = run(&args);
            assert_eq!(status(&o), 1, "{args:?}");
            let line = stdout(&o);
            assert_eq!(json_value(&line, "known"), "false");
            assert_eq!(
                unquote(json_value(&line, "message_en")),
                json_escape(pc.message(Lang::En).as_str())
            );
            assert!(stderr(&o).contains(&format!(
                "is not a known {} code of {p}",
                if event { "event" } else { "return" }
            )));
        }
    }
}

fn json_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

#[test]
fn list_and_search_by_product() {
    use zego_codes::{Family, Product};
    let count = |args: &[&str]| stdout(&run(args)).matches("{\"code\":").count();
    let mut total = 0;
    for &p in Product::ALL {
        let returns = p.meanings(Family::Return).len();
        let events = p.meanings(Family::Event).len();
        total += returns + events;
        assert_eq!(count(&["list", "--json", "--product", p.id()]), returns, "{p}");
        assert_eq!(
            count(&["list", "--json", "--events", "--product", p.id()]),
            events,
            "{p}"
        );
        for s in p.sections() {
            let n = p
                .meanings(s.family())
                .iter()
                .filter(|m| m.section() == Some(s))
                .count();
            assert_eq!(
                count(&["list", "--json", "--product", p.id(), "--section", s.id()]),
                n,
                "{s}"
            );
        }
    }
    // The text table of every product: a header and a row per entry, with the product's id.
    let table = stdout(&run(&["list", "--all-products"]));
    assert_eq!(table.lines().count(), total + 1);
    assert!(table.starts_with("PRODUCT "), "{table}");
    // Search by product: every hit is the product's, and holds the text.
    let asr = Product::Asr;
    let name = asr.meanings(Family::Return).last().unwrap().name();
    let o = run(&["search", "--json", "--product", "asr", name.as_str()]);
    assert_eq!(status(&o), 0);
    let hits = stdout(&o);
    assert!(hits.contains(&format!("\"name\":\"{name}\"")), "{hits}");
    assert!(hits
        .lines()
        .filter(|l| l.starts_with('{'))
        .all(|l| json_value(l, "product") == "\"asr\""));
    let o = run(&["search", "--json", "--all-products", name.as_str()]);
    assert!(stdout(&o).matches("{\"code\":").count() >= 1);
}

#[test]
fn explain_reads_the_product_from_the_host() {
    use zego_codes::{Family, Product, ProductCode};
    let asr_host = Product::Asr.hosts().next().expect("ASR's host is documented");
    let input = format!("POST https://{asr_host}/ resp={{\"Code\":410001002}}\ncode=410001002\n");
    let o = explain(&["--lang", "en"], input.as_bytes());
    assert_eq!(status(&o), 0);
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    let asr = ProductCode::new(Product::Asr, 410001002);
    assert!(
        lines[0].contains(&format!(
            "  # asr 410001002 {}: {}",
            asr.name().unwrap(),
            asr.message(Lang::En)
        )),
        "{}",
        lines[0]
    );
    // No host: AI Agent's answer, marked with the products that define it differently.
    assert!(
        lines[1].contains(&note(Code::AGENT_INSTANCE_NOT_FOUND, Lang::En)),
        "{}",
        lines[1]
    );
    let others = zego_codes_render::product::others_text(
        Family::Return,
        410001002,
        Code::new(410001002).name(),
        Lang::En,
    )
    .unwrap();
    assert!(lines[1].ends_with(&format!(" [also: {others}]")), "{}", lines[1]);
    assert_eq!(strip_annotations(&o.stdout), input.as_bytes());
    // --product answers for lines without a host.
    let o = explain(&["--lang", "en", "--product", "rtc"], b"code=41003\n");
    assert!(
        stdout(&o).contains("  # rtc 41003 (ambiguous): "),
        "{}",
        stdout(&o)
    );
}

#[test]
fn help_lists_every_product() {
    use zego_codes::Product;
    let help = stdout(&run(&["--help"]));
    assert!(help.contains("PRODUCTS:"));
    for &p in Product::ALL {
        assert!(
            help.contains(&format!("    {:<19}{}", p.id(), p.name(Lang::En))),
            "{p} missing from {help}"
        );
        for h in p.hosts() {
            assert!(help.contains(h), "{h} missing from {help}");
        }
    }
}

/// Every product's every code, on a line with the product's host: one annotation each, on the
/// line (ZEGO's texts of several lines are joined), and the input comes back unchanged.
#[test]
fn explain_every_product_code_on_its_line() {
    use zego_codes::{Family, Product};
    let mut input = String::new();
    let mut expected = 0;
    for &p in Product::ALL {
        let Some(host) = p.hosts().next() else { continue };
        for m in p.meanings(Family::Return).iter().filter(|m| m.code() != 0) {
            input.push_str(&format!("POST https://{host}/ {{\"Code\":{}}}\n", m.code()));
            expected += 1;
        }
        for m in p.meanings(Family::Event) {
            input.push_str(&format!(
                "{host} {{\"Event\":\"Exception\",\"Data\":{{\"Code\":{}}}}}\n",
                m.code()
            ));
            expected += 1;
        }
    }
    let o = explain(&["--lang", "en"], input.as_bytes());
    assert_eq!(status(&o), 0, "every code is known: {}", stderr(&o));
    let text = stdout(&o);
    assert_eq!(text.lines().count(), input.lines().count());
    assert_eq!(text.matches("  # ").count(), expected);
    assert_eq!(strip_annotations(&o.stdout), input.as_bytes());
}
