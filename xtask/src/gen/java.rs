//! The Java library's sources (package `zegocodes`, java/src/main/java/zegocodes/): the enums
//! `Guidance`, `Category` and `EventCategory` with one constant per variant of the core's
//! enums, `ZegoCode` and `ZegoEventCode` with one constant per catalog entry, and `ZegoCodes`,
//! whose lookups are one template written once per family. Every value comes from the core
//! crate or the data: guidance's retryability and summaries, the ranges a code's category is
//! read from, and the texts of unknown codes (the core's `CodeCategory::unknown_message` and
//! `unknown_suggestion` of each range's category, never retyped). The classes that hold no data (`Lang`, the exceptions) are plain
//! Java next to these files. A new field of the data is one more argument in `constant()` and
//! one more field and getter in `CODE_TEMPLATE`, as `withdrawn` is.
//!
//! A lookup is the core's: the same multiplicative perfect hash (gen/rust.rs), here straight
//! into an array of enum constants, then one compare of the code.

use std::fmt::Write as _;

use zego_codes::{Category, CodeCategory, EventCategory, Guidance, Lang, BUSINESS_RANGE, COMMON_RANGE};

use super::rust::PerfectHash;
use super::{Catalogs, Output};
use crate::catalog::{Catalog, Entry};

const DIR: &str = "java/src/main/java/zegocodes/";
const SOURCE: &str = "data/*.toml and the core's enums";

/// Event categories come from the hundreds of small numbers: scanning this far finds every
/// boundary `EventCategory::of` has (generation asserts the last range reaches u32::MAX).
const EVENT_SCAN_END: u32 = 1_000_000;

pub fn outputs(catalogs: &Catalogs) -> Vec<Output> {
    let file = |name: &str, text: String| Output {
        path: Box::leak(format!("{DIR}{name}").into_boxed_str()),
        text,
    };
    vec![
        file("Guidance.java", guidance()),
        file(
            "Category.java",
            simple_enum("Category", CATEGORY_DOC, Category::ALL.iter().map(|c| c.as_str())),
        ),
        file(
            "EventCategory.java",
            simple_enum(
                "EventCategory",
                EVENT_CATEGORY_DOC,
                EventCategory::ALL.iter().map(|c| c.as_str()),
            ),
        ),
        file("ZegoCode.java", code_enum(&CodeFamily::RETURN, &catalogs.returns)),
        file(
            "ZegoEventCode.java",
            code_enum(&CodeFamily::EVENT, &catalogs.events),
        ),
        file("ZegoCodes.java", codes_class(catalogs)),
    ]
}

/// `ZegoCodes`: the static lookups of any code, one template instantiated for each family.
fn codes_class(catalogs: &Catalogs) -> String {
    let mut out = super::banner("//", SOURCE);
    out.push_str(CODES_HEAD);
    out.push_str(&lookups(&CodeFamily::RETURN, &catalogs.returns));
    out.push_str(CODES_CHECK);
    out.push_str(lookups(&CodeFamily::EVENT, &catalogs.events).trim_end());
    out.push_str("\n}\n");
    out
}

fn lookups(family: &CodeFamily, catalog: &Catalog) -> String {
    let mut text = LOOKUPS_TEMPLATE
        .replace("@HEADING@", family.heading)
        .replace("@A_CODE@", family.a_code)
        .replace(
            "@EXAMPLE@",
            &catalog.entries.last().expect("a catalog holds codes").name,
        )
        .replace("@CATEGORY@", family.category)
        .replace("@TYPE@", family.class);
    for method in [
        "message",
        "suggestion",
        "name",
        "isKnown",
        "isRetryable",
        "guidance",
        "category",
    ] {
        let name = match family.prefix {
            "" => method.to_owned(),
            prefix => format!("{prefix}{}{}", method[..1].to_uppercase(), &method[1..]),
        };
        text = text.replace(&format!("@{method}@"), &name);
    }
    text
}

/// What differs between the two code enums; everything else is one template.
pub(super) struct CodeFamily {
    class: &'static str,
    /// Of the `ZegoCodes` methods: `message`, `eventMessage`.
    prefix: &'static str,
    a_code: &'static str,
    heading: &'static str,
    category: &'static str,
    doc: &'static str,
    extra: &'static str,
    /// The core's category of a code, by its stable name.
    category_of: fn(u32) -> &'static str,
    /// The core's texts for an unknown code of the category of a code: `[message,
    /// suggestion]` in Chinese, then in English.
    unknown_texts: fn(u32) -> [[&'static str; 2]; 2],
    /// Codes where the category may change; every other boundary is verified against them.
    breaks: fn() -> Vec<u32>,
}

impl CodeFamily {
    pub(super) const RETURN: CodeFamily = CodeFamily {
        class: "ZegoCode",
        prefix: "",
        a_code: "a return code",
        heading: "return codes: the Code field of every API response",
        category: "Category",
        doc: RETURN_DOC,
        extra: RETURN_EXTRA,
        category_of: |c| Category::of(c).as_str(),
        unknown_texts: |c| unknown_texts(Category::of(c)),
        breaks: || {
            let mut b = vec![0, 1];
            for r in [COMMON_RANGE, BUSINESS_RANGE] {
                b.extend([*r.start(), r.end() + 1]);
            }
            b
        },
    };

    pub(super) const EVENT: CodeFamily = CodeFamily {
        class: "ZegoEventCode",
        prefix: "event",
        a_code: "an event code",
        heading: "callback exception event codes: Data.Code of an Event \"Exception\" callback",
        category: "EventCategory",
        doc: EVENT_DOC,
        extra: "",
        category_of: |c| EventCategory::of(c).as_str(),
        unknown_texts: |c| unknown_texts(EventCategory::of(c)),
        breaks: || {
            let of = EventCategory::of;
            let mut b = vec![0];
            b.extend((1..=EVENT_SCAN_END).filter(|&c| of(c) != of(c - 1)));
            b
        },
    };
}

fn unknown_texts<K: CodeCategory>(category: K) -> [[&'static str; 2]; 2] {
    [Lang::Zh, Lang::En].map(|lang| {
        [
            category.unknown_message(lang).as_str(),
            category.unknown_suggestion(lang).as_str(),
        ]
    })
}

/// A run of codes with one category, and so one pair of unknown-code texts per language.
pub(super) struct Range {
    pub last: u32,
    pub category: &'static str,
    /// `[message, suggestion]` in Chinese, then in English.
    pub texts: [[&'static str; 2]; 2],
}

/// Also the ranges of the Go and TypeScript tables (gen/go.rs, gen/ts.rs).
pub(super) fn ranges(family: &CodeFamily) -> Vec<Range> {
    let mut breaks = (family.breaks)();
    breaks.sort_unstable();
    breaks.dedup();
    let mut out: Vec<Range> = Vec::new();
    for (i, &first) in breaks.iter().enumerate() {
        let last = breaks.get(i + 1).map_or(u32::MAX, |next| next - 1);
        let category = (family.category_of)(first);
        assert_eq!(
            category,
            (family.category_of)(last),
            "{}: codes {first} and {last} differ in category: a range boundary is missing",
            family.class
        );
        match out.last_mut() {
            Some(prev) if prev.category == category => prev.last = last,
            _ => out.push(Range {
                last,
                category,
                texts: (family.unknown_texts)(first),
            }),
        }
    }
    out
}

fn code_enum(family: &CodeFamily, catalog: &Catalog) -> String {
    let mut constants = String::new();
    for (i, e) in catalog.entries.iter().enumerate() {
        constant(&mut constants, e, i + 1 == catalog.entries.len());
    }
    let hash = PerfectHash::find(catalog.entries.iter().map(|e| e.code).collect());
    // Octal escapes: javac reads `\uXXXX` before it lexes, so `\u0022` would end the string.
    let slots: String = hash.slots.iter().map(|&s| format!("\\{s:o}")).collect();

    let ranges = ranges(family);
    let mut category = Vec::new();
    let mut texts: [Vec<String>; 4] = Default::default();
    for r in &ranges {
        category.push(format!("{}.{}", family.category, r.category.to_uppercase()));
        for (i, t) in r.texts.iter().flatten().enumerate() {
            texts[i].push(java_str(t));
        }
    }
    let list = |items: &[String]| items.join(", ");

    let mut out = super::banner("//", SOURCE);
    out.push_str(
        &CODE_TEMPLATE
            .replace("@DOC@", family.doc)
            .replace("@CONSTANTS@", &constants)
            .replace("@EXTRA@", family.extra)
            .replace("@MULTIPLIER@", &format!("{:#010x}", hash.multiplier))
            .replace("@SHIFT@", &(32 - hash.bits).to_string())
            .replace("@SLOT_COUNT@", &hash.slots.len().to_string())
            .replace("@SLOTS@", &slots)
            .replace("@RANGE_INDEX@", &range_index(&ranges))
            .replace("@RANGE_CATEGORY@", &list(&category))
            .replace("@RANGE_MESSAGE_ZH@", &list(&texts[0]))
            .replace("@RANGE_SUGGESTION_ZH@", &list(&texts[1]))
            .replace("@RANGE_MESSAGE_EN@", &list(&texts[2]))
            .replace("@RANGE_SUGGESTION_EN@", &list(&texts[3]))
            .replace("@CATEGORY@", family.category)
            .replace("@TYPE@", family.class),
    );
    out
}

/// `(int) ((0L - code) >>> 63) + (int) ((99999999L - code) >>> 63) + ...`: the index of the
/// range holding `code`, counting the ends below it of all ranges but the last (which ends at
/// u32::MAX). `END - code` is negative exactly when the code is past `END` (both are in 0 to
/// 2^32 - 1), and its sign bit is that 0 or 1: arithmetic, with no branch for the JIT to
/// mispredict on codes from different ranges.
fn range_index(ranges: &[Range]) -> String {
    let ends: Vec<String> = ranges[..ranges.len() - 1]
        .iter()
        .map(|r| format!("(int) (({}L - code) >>> 63)", r.last))
        .collect();
    if ends.is_empty() {
        "0".to_owned()
    } else {
        ends.join("\n                + ")
    }
}

fn constant(out: &mut String, e: &Entry, is_last: bool) {
    // An unreviewed code still builds, as in the core; the review test refuses it.
    let guidance = e.guidance.unwrap_or(Guidance::Unknown);
    // A withdrawn code stays (its name is API); its doc says since when ZEGO no longer lists it.
    let (withdrawn_doc, withdrawn) = match &e.withdrawn {
        Some(rev) => (
            format!(
                "<p><b>Withdrawn:</b> ZEGO's page of {} no longer lists it. ",
                javadoc(rev)
            ),
            java_str(rev),
        ),
        None => (String::new(), "null".to_owned()),
    };
    writeln!(
        out,
        "    /** {} {}<br>{} {}*/\n    {}({}L, Guidance.{}, {}, {},\n        {}, {},\n        {}, {}){}",
        e.code,
        javadoc(&e.message_zh),
        javadoc(&e.message_en),
        withdrawn_doc,
        e.name,
        e.code,
        guidance.as_str().to_uppercase(),
        java_str(&e.since),
        withdrawn,
        java_str(&e.message_zh),
        java_str(&e.suggestion_zh),
        java_str(&e.message_en),
        java_str(&e.suggestion_en),
        if is_last { ";" } else { "," }
    )
    .unwrap();
}

fn guidance() -> String {
    let mut constants = String::new();
    for (i, g) in Guidance::ALL.iter().enumerate() {
        writeln!(
            constants,
            "    /** {}<br>{} */\n    {}({}, {}, {},\n        {}){}",
            javadoc(g.summary(Lang::Zh)),
            javadoc(g.summary(Lang::En)),
            g.as_str().to_uppercase(),
            java_str(g.as_str()),
            g.is_retryable(),
            java_str(g.summary(Lang::Zh)),
            java_str(g.summary(Lang::En)),
            if i + 1 == Guidance::ALL.len() { ";" } else { "," }
        )
        .unwrap();
    }
    let mut out = super::banner("//", SOURCE);
    out.push_str(&GUIDANCE_TEMPLATE.replace("@CONSTANTS@", &constants));
    out
}

fn simple_enum<'a>(class: &str, doc: &str, values: impl ExactSizeIterator<Item = &'a str>) -> String {
    let values: Vec<&str> = values.collect();
    let (n, example) = (values.len(), values[values.len() - 1]);
    let mut out = super::banner("//", SOURCE);
    write!(
        out,
        "package zegocodes;\n\n/**\n * {doc}\n *\n * <p>The constants are in the order of the C enum's values, so {{@link #ordinal()}} is\n * the C value; {{@link #getValue()}} is the stable snake_case name used by C, Python, the\n * command line and JSON.\n */\npublic enum {class} {{\n"
    )
    .unwrap();
    for (i, v) in values.into_iter().enumerate() {
        let end = if i + 1 == n { ";" } else { "," };
        writeln!(
            out,
            "    /** {{@code {v}}} */\n    {}({}){end}",
            v.to_uppercase(),
            java_str(v)
        )
        .unwrap();
    }
    write!(
        out,
        "\n    private final String value;\n\n    {class}(String value) {{\n        this.value = value;\n    }}\n\n    \
         /**\n     * The stable snake_case name.\n     *\n     * @return the name, such as {{@code \"{example}\"}}\n     */\n    \
         public String getValue() {{\n        return value;\n    }}\n}}\n"
    )
    .unwrap();
    out
}

/// A Java string literal (the sources are UTF-8; `javac -encoding UTF-8`).
fn java_str(s: &str) -> String {
    // Octal, not `\u`: javac turns `\u000a` into a line break before it lexes.
    crate::catalog::quoted(s, |out, c| write!(out, "\\{:03o}", c as u32).unwrap())
}

/// A text inside a Javadoc comment: HTML-escaped, and no `*/`, `@` or `\u` that javac or
/// javadoc would read as syntax.
fn javadoc(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('@', "&#64;")
        .replace('\\', "&#92;")
        .replace("*/", "*&#47;")
}

const CATEGORY_DOC: &str =
    "The range a return code belongs to, derived from the number alone: an unknown code
 * still tells whether it came from ZEGO's common gateway or from the AI Agent service.";

const EVENT_CATEGORY_DOC: &str =
    "The subsystem a callback exception event code comes from, derived from the number alone.";

const RETURN_DOC: &str = "A return code of the AI Agent server API: the {@code Code} field of every response.
 *
 * <p>One constant per code ZEGO documents, named by its stable symbolic name, in the manner of
 * Spring's {@code HttpStatus}: {@link #resolve(long)} gives the constant of a code or
 * {@code null}, {@link #valueOf(long)} the constant or an {@link IllegalArgumentException}.
 * For any code, known or not, {@link ZegoCodes} answers with the texts the core gives.
 * Callback exception events are {@link ZegoEventCode}.";

const EVENT_DOC: &str = "An exception event code of the AI Agent callbacks: {@code Data.Code} of a callback
 * whose {@code Event} is {@code \"Exception\"}. The same shape as {@link ZegoCode}; for any
 * event code, known or not, see the {@code event...} methods of {@link ZegoCodes}.";

const RETURN_EXTRA: &str = "
    /**
     * Whether this is code 0, ZEGO's only success code.
     *
     * @return {@code true} for {@link #SUCCESS}
     */
    public boolean isSuccess() {
        return code == 0;
    }
";

const CODES_HEAD: &str = r#"package zegocodes;

/**
 * Lookups of any code, known or not, answering exactly as the core does: ZEGO's texts for a
 * code the catalog holds, and for any other a generic text naming the range it falls in.
 *
 * <p>Every method takes a code as a {@code long} in 0 to 4294967295 (ZEGO's codes are unsigned
 * 32-bit) and throws {@link IllegalArgumentException} naming any other value; a null
 * {@link Lang} throws {@link NullPointerException}. A lookup is a multiply, a shift, two
 * loads and a compare (the core's perfect hash), with no allocation and no lock.
 */
public final class ZegoCodes {
    private ZegoCodes() {
    }

    /** {@code code} if it is in 0 to 4294967295. */
    static long checked(long code) {
        if ((code >>> 32) != 0) {
            throw new IllegalArgumentException("code " + code + " is outside 0 to 4294967295");
        }
        return code;
    }

    private static Lang checked(Lang lang) {
        if (lang == null) {
            throw new NullPointerException("lang is null");
        }
        return lang;
    }

"#;

const LOOKUPS_TEMPLATE: &str = r#"    // ---- @HEADING@ ----

    /**
     * ZEGO's description of @A_CODE@ in Chinese.
     *
     * @param code @A_CODE@
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String @message@(long code) {
        @TYPE@ known = @TYPE@.find(checked(code));
        return known != null ? known.getMessage() : @TYPE@.unknownMessage(code, Lang.ZH);
    }

    /**
     * ZEGO's description of @A_CODE@.
     *
     * @param code @A_CODE@
     * @param lang the language
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String @message@(long code, Lang lang) {
        @TYPE@ known = @TYPE@.find(checked(code));
        return known != null ? known.getMessage(lang) : @TYPE@.unknownMessage(code, lang);
    }

    /**
     * ZEGO's suggested handling of @A_CODE@ in Chinese.
     *
     * @param code @A_CODE@
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String @suggestion@(long code) {
        return @suggestion@(code, Lang.ZH);
    }

    /**
     * ZEGO's suggested handling of @A_CODE@.
     *
     * @param code @A_CODE@
     * @param lang the language
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String @suggestion@(long code, Lang lang) {
        @TYPE@ known = @TYPE@.find(checked(code));
        return known != null ? known.getSuggestion(lang) : @TYPE@.unknownSuggestion(code, lang);
    }

    /**
     * The stable symbolic name of @A_CODE@.
     *
     * @param code @A_CODE@
     * @return the name, such as {@code "@EXAMPLE@"}, or null if unknown
     */
    public static String @name@(long code) {
        @TYPE@ known = @TYPE@.resolve(code);
        return known != null ? known.name() : null;
    }

    /**
     * Whether the catalog holds @A_CODE@.
     *
     * @param code @A_CODE@
     * @return {@code true} if {@link @TYPE@#resolve(long)} finds it
     */
    public static boolean @isKnown@(long code) {
        return @TYPE@.resolve(code) != null;
    }

    /**
     * Whether trying again later may succeed.
     *
     * @param code @A_CODE@
     * @return the guidance's {@link Guidance#isRetryable()}; {@code false} for an unknown code
     */
    public static boolean @isRetryable@(long code) {
        return @guidance@(code).isRetryable();
    }

    /**
     * What a caller should do about @A_CODE@.
     *
     * @param code @A_CODE@
     * @return the guidance; {@link Guidance#UNKNOWN} for an unknown code
     */
    public static Guidance @guidance@(long code) {
        @TYPE@ known = @TYPE@.resolve(code);
        return known != null ? known.getGuidance() : Guidance.UNKNOWN;
    }

    /**
     * The category of @A_CODE@, derived from the number alone.
     *
     * @param code @A_CODE@
     * @return the category
     */
    public static @CATEGORY@ @category@(long code) {
        return @TYPE@.categoryOf(checked(code));
    }

"#;

const CODES_CHECK: &str = r#"    /**
     * Returns for code 0; for any other return code throws the exception of its guidance:
     * {@link InvalidRequestException}, {@link RateLimitException}, ...,
     * {@link UnknownCodeException}, or {@link ZegoException} itself where the guidance asks
     * nothing more specific. Call it with a response's {@code Code}, {@code Message} and
     * {@code RequestId}.
     *
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @throws ZegoException unless {@code code} is 0
     */
    public static void check(long code, String message, String requestId) {
        check(code, message, requestId, Lang.ZH);
    }

    /**
     * {@link #check(long, String, String)} with our texts in {@code lang}.
     *
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @param lang the language of our message and suggestion
     * @throws ZegoException unless {@code code} is 0
     */
    public static void check(long code, String message, String requestId, Lang lang) {
        checked(lang);
        if (checked(code) == 0) {
            return;
        }
        throw ZegoException.of(code, message, requestId, lang);
    }

"#;

const GUIDANCE_TEMPLATE: &str = r#"package zegocodes;

/**
 * What a caller should do on receiving a code: this project's reading of ZEGO's suggestions,
 * in the manner of gRPC's per-status retry advice (the reasoning is in CODES.md).
 *
 * <p>The constants are in the order of the C enum {@code zego_guidance_t}, so
 * {@link #ordinal()} is the C value; {@link #getValue()} is the stable snake_case name used by
 * the data files, C, Python, the command line and JSON.
 */
public enum Guidance {
@CONSTANTS@
    private final String value;
    private final boolean retryable;
    private final String summaryZh;
    private final String summaryEn;

    Guidance(String value, boolean retryable, String summaryZh, String summaryEn) {
        this.value = value;
        this.retryable = retryable;
        this.summaryZh = summaryZh;
        this.summaryEn = summaryEn;
    }

    /**
     * The stable snake_case name.
     *
     * @return the name, such as {@code "retry_later"}
     */
    public String getValue() {
        return value;
    }

    /**
     * Whether sending the same request again, after a delay and at most with a fresh
     * signature, may succeed without anybody changing anything.
     *
     * @return {@code true} for {@link #RENEW_SIGNATURE}, {@link #RETRY_LATER} and {@link #SLOW_DOWN}
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * One line telling a person what to do, in Chinese.
     *
     * @return the summary
     */
    public String getSummary() {
        return summaryZh;
    }

    /**
     * One line telling a person what to do.
     *
     * @param lang the language
     * @return the summary in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getSummary(Lang lang) {
        return lang.pick(summaryZh, summaryEn);
    }
}
"#;

const CODE_TEMPLATE: &str = r#"package zegocodes;

/**
 * @DOC@
 *
 * <p>Immutable and safe from any thread. Kotlin sees the getters as properties
 * ({@code code.message}, {@code code.isRetryable}).
 */
public enum @TYPE@ {
@CONSTANTS@
    private final long code;
    private final Guidance guidance;
    private final String since;
    private final String withdrawn;
    private final String messageZh;
    private final String suggestionZh;
    private final String messageEn;
    private final String suggestionEn;

    @TYPE@(long code, Guidance guidance, String since, String withdrawn,
            String messageZh, String suggestionZh, String messageEn, String suggestionEn) {
        this.code = code;
        this.guidance = guidance;
        this.since = since;
        this.withdrawn = withdrawn;
        this.messageZh = messageZh;
        this.suggestionZh = suggestionZh;
        this.messageEn = messageEn;
        this.suggestionEn = suggestionEn;
    }

    /**
     * The numeric code.
     *
     * @return the code, in 0 to 4294967295
     */
    public long getCode() {
        return code;
    }

    /**
     * ZEGO's description in Chinese, exactly as published.
     *
     * @return the description
     */
    public String getMessage() {
        return messageZh;
    }

    /**
     * ZEGO's description, exactly as published.
     *
     * @param lang the language
     * @return the description in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getMessage(Lang lang) {
        return lang.pick(messageZh, messageEn);
    }

    /**
     * ZEGO's suggested handling in Chinese; empty where ZEGO publishes none.
     *
     * @return the suggestion
     */
    public String getSuggestion() {
        return suggestionZh;
    }

    /**
     * ZEGO's suggested handling; empty where ZEGO publishes none.
     *
     * @param lang the language
     * @return the suggestion in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getSuggestion(Lang lang) {
        return lang.pick(suggestionZh, suggestionEn);
    }

    /**
     * The range the code belongs to.
     *
     * @return the category
     */
    public @CATEGORY@ getCategory() {
        return categoryOf(code);
    }

    /**
     * What a caller should do.
     *
     * @return the guidance
     */
    public Guidance getGuidance() {
        return guidance;
    }

    /**
     * Whether the same request may succeed when sent again later.
     *
     * @return {@link Guidance#isRetryable()} of {@link #getGuidance()}
     */
    public boolean isRetryable() {
        return guidance.isRetryable();
    }

    /**
     * The first revision of ZEGO's page, among those this project vendors, that lists the
     * code: {@code "2025-seed"} or a page date such as {@code "2026-07-17"}.
     *
     * @return the revision
     */
    public String getSince() {
        return since;
    }

    /**
     * The revision of ZEGO's Chinese page that no longer lists the code, or {@code null} while
     * ZEGO documents it. A withdrawn code keeps its constant, its name and its last published
     * texts, so code that names it still builds.
     *
     * @return the revision, a date such as {@code "2026-12-01"}, or {@code null}
     */
    public String getWithdrawn() {
        return withdrawn;
    }
@EXTRA@
    /**
     * The constant of a code.
     *
     * @param code a code, in 0 to 4294967295
     * @return the constant, or {@code null} if the catalog does not hold {@code code}
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static @TYPE@ resolve(long code) {
        return find(ZegoCodes.checked(code));
    }

    /**
     * The constant of a known code.
     *
     * @param code a code, in 0 to 4294967295
     * @return the constant
     * @throws IllegalArgumentException if the catalog does not hold {@code code}, or if it is
     *     outside 0 to 4294967295
     */
    public static @TYPE@ valueOf(long code) {
        @TYPE@ found = resolve(code);
        if (found == null) {
            throw new IllegalArgumentException("No @TYPE@ with code " + code);
        }
        return found;
    }

    // The core's perfect hash: multiply, keep the top bits, and the slot names the only
    // constant that can hold the code. Empty slots name the first constant, whose own code
    // hashes to another slot, so the compare rejects every code that lands there.
    private static final int MULTIPLIER = @MULTIPLIER@;
    private static final int SHIFT = @SHIFT@;
    private static final @TYPE@[] BY_HASH = new @TYPE@[@SLOT_COUNT@];

    static {
        @TYPE@[] all = values();
        String slots = "@SLOTS@";
        for (int i = 0; i < BY_HASH.length; i++) {
            BY_HASH[i] = all[slots.charAt(i)];
        }
    }

    /** The constant of {@code code} (already checked to be in 0 to 4294967295), or null. */
    static @TYPE@ find(long code) {
        @TYPE@ entry = BY_HASH[((int) code * MULTIPLIER) >>> SHIFT];
        return entry.code == code ? entry : null;
    }

    // The ranges codes fall in, ascending, each with its category and the core's texts for the
    // codes of that category it does not know. Range i holds the codes above the (i-1)th bound
    // of range() up to the ith.
    private static final @CATEGORY@[] RANGE_CATEGORY = {@RANGE_CATEGORY@};
    private static final String[] RANGE_MESSAGE_ZH = {@RANGE_MESSAGE_ZH@};
    private static final String[] RANGE_MESSAGE_EN = {@RANGE_MESSAGE_EN@};
    private static final String[] RANGE_SUGGESTION_ZH = {@RANGE_SUGGESTION_ZH@};
    private static final String[] RANGE_SUGGESTION_EN = {@RANGE_SUGGESTION_EN@};

    /**
     * The range of {@code code} (in 0 to 4294967295): how many ranges end below it. Each term
     * is the sign bit of {@code end - code}, 1 when the code is past that end: arithmetic with
     * no branch to mispredict on codes from different ranges.
     */
    private static int range(long code) {
        return @RANGE_INDEX@;
    }

    static @CATEGORY@ categoryOf(long code) {
        return RANGE_CATEGORY[range(code)];
    }

    static String unknownMessage(long code, Lang lang) {
        return lang.pick(RANGE_MESSAGE_ZH, RANGE_MESSAGE_EN)[range(code)];
    }

    static String unknownSuggestion(long code, Lang lang) {
        return lang.pick(RANGE_SUGGESTION_ZH, RANGE_SUGGESTION_EN)[range(code)];
    }
}
"#;

#[cfg(test)]
mod tests {
    use zego_codes::{CatalogCode, Code, EventCode};

    use super::*;

    /// The range a generated lookup picks, as the Java `range(long)` does.
    fn find(ranges: &[Range], code: u32) -> &Range {
        ranges
            .iter()
            .find(|r| code <= r.last)
            .expect("the last range ends at u32::MAX")
    }

    /// Around every boundary and at pseudo-random codes, the ranges give the core's category
    /// and, for every code it does not know, the texts the core answers with.
    #[test]
    fn ranges_answer_as_the_core() {
        check::<Code>(&CodeFamily::RETURN);
        check::<EventCode>(&CodeFamily::EVENT);
    }

    fn check<C: CatalogCode>(family: &CodeFamily) {
        let ranges = ranges(family);
        assert_eq!(ranges.last().unwrap().last, u32::MAX);
        let mut samples: Vec<u32> = (family.breaks)()
            .into_iter()
            .flat_map(|b| [b.wrapping_sub(1), b, b.wrapping_add(1)])
            .collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            samples.push((state >> 32) as u32);
        }
        samples.extend([0, 1, u32::MAX, u32::MAX - 1, i32::MAX as u32, 1 << 31]);
        for code in samples {
            let range = find(&ranges, code);
            let core = C::new(code);
            assert_eq!(
                range.category,
                core.category().as_str(),
                "{} {code}",
                family.class
            );
            if !core.is_known() {
                let want =
                    [Lang::Zh, Lang::En].map(|l| [core.message(l).as_str(), core.suggestion(l).as_str()]);
                assert_eq!(range.texts, want, "{} {code}", family.class);
            }
        }
    }

    #[test]
    fn java_literals_and_javadoc_escape_what_javac_would_read() {
        assert_eq!(java_str("a\"b\\c\nd\te\u{1}中"), "\"a\\\"b\\\\c\\nd\\te\\001中\"");
        assert_eq!(
            javadoc("a */ <b> & @c \\u0022"),
            "a *&#47; &lt;b&gt; &amp; &#64;c &#92;u0022"
        );
    }
}
