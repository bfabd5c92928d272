//! The generic texts of codes the catalog does not hold, by category: they name the range the
//! code falls in, so a log line still tells a gateway failure from an AI Agent one. Public
//! through [`CodeCategory`], so the bindings build their copies from this one source.

use core::fmt;
use core::hash::Hash;

use crate::{Category, EventCategory, Lang, Text};

mod sealed {
    pub trait Sealed {}
}
pub(crate) use sealed::Sealed;

/// The range a code falls in, derived from its number alone: [`crate::Category`] for return
/// codes, [`crate::EventCategory`] for event codes. Sealed.
pub trait CodeCategory:
    Sealed + Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// Every category, in discriminant order (the values of the C enum).
    const ALL: &'static [Self];

    /// The stable snake_case name used in JSON output and Python.
    fn as_str(self) -> &'static str;

    /// The discriminant: the value of the C enum, which never changes.
    fn value(self) -> u32;

    /// The message every unknown code of this category answers with, naming the range.
    fn unknown_message(self, lang: Lang) -> Text;

    /// The suggestion every unknown code of this category answers with.
    fn unknown_suggestion(self, lang: Lang) -> Text;
}

impl Sealed for Category {}

impl CodeCategory for Category {
    const ALL: &'static [Self] = &Category::ALL;

    #[inline]
    fn as_str(self) -> &'static str {
        Category::as_str(self)
    }

    #[inline]
    fn value(self) -> u32 {
        self as u32
    }

    fn unknown_message(self, lang: Lang) -> Text {
        return_message(self, lang)
    }

    fn unknown_suggestion(self, lang: Lang) -> Text {
        return_suggestion(lang)
    }
}

impl Sealed for EventCategory {}

impl CodeCategory for EventCategory {
    const ALL: &'static [Self] = &EventCategory::ALL;

    #[inline]
    fn as_str(self) -> &'static str {
        EventCategory::as_str(self)
    }

    #[inline]
    fn value(self) -> u32 {
        self as u32
    }

    fn unknown_message(self, lang: Lang) -> Text {
        event_message(self, lang)
    }

    fn unknown_suggestion(self, lang: Lang) -> Text {
        event_suggestion(lang)
    }
}

const fn return_message(category: Category, lang: Lang) -> Text {
    let [zh, en] = match category {
        Category::Common => [
            "未知返回码（ZEGO 公共网关返回码范围）。\0",
            "Unknown return code in ZEGO's common gateway range.\0",
        ],
        Category::Business => [
            "未知返回码（AI Agent 业务返回码范围）。\0",
            "Unknown return code in the AI Agent business range.\0",
        ],
        Category::Success | Category::Unknown => [
            "未知返回码（不在 ZEGO AI Agent 服务端 API 使用的范围内）。\0",
            "Unknown return code outside the ranges of ZEGO's AI Agent server API.\0",
        ],
    };
    pick(zh, en, lang)
}

const fn return_suggestion(lang: Lang) -> Text {
    pick(
        "请查阅 ZEGO 最新的返回码文档，或向 ZEGO 技术支持提供 RequestId。\0",
        "Check ZEGO's current return-code documentation, or give the RequestId to ZEGO technical support.\0",
        lang,
    )
}

const fn event_message(category: EventCategory, lang: Lang) -> Text {
    let [zh, en] = match category {
        EventCategory::Agent => [
            "未知异常事件码（AI Agent 范围）。\0",
            "Unknown exception event code in the AI Agent range.\0",
        ],
        EventCategory::Im => [
            "未知异常事件码（IM 范围）。\0",
            "Unknown exception event code in the IM range.\0",
        ],
        EventCategory::Rtc => [
            "未知异常事件码（RTC 范围）。\0",
            "Unknown exception event code in the RTC range.\0",
        ],
        EventCategory::Asr => [
            "未知异常事件码（ASR 范围）。\0",
            "Unknown exception event code in the ASR range.\0",
        ],
        EventCategory::Llm => [
            "未知异常事件码（LLM 范围）。\0",
            "Unknown exception event code in the LLM range.\0",
        ],
        EventCategory::Tts => [
            "未知异常事件码（TTS 范围）。\0",
            "Unknown exception event code in the TTS range.\0",
        ],
        EventCategory::Unknown => [
            "未知异常事件码（不在 ZEGO 使用的事件码范围内）。\0",
            "Unknown exception event code outside the ranges ZEGO uses.\0",
        ],
    };
    pick(zh, en, lang)
}

const fn event_suggestion(lang: Lang) -> Text {
    pick(
        "请查看事件的 Message 字段，并查阅 ZEGO 最新的异常事件码文档。\0",
        "Read the event's Message field and check ZEGO's current exception-code documentation.\0",
        lang,
    )
}

/// The message of a lookup that names a product but no section, of a number the product's
/// sections define differently (RTC's 41003): it does not pick one.
pub const fn ambiguous_message(lang: Lang) -> Text {
    pick(
        "该码在本产品文档的不同章节中含义不同：请按章节查询。\0",
        "This code means different things in different sections of the product's page: look it up by section.\0",
        lang,
    )
}

const fn pick(zh: &'static str, en: &'static str, lang: Lang) -> Text {
    Text::with_nul(match lang {
        Lang::Zh => zh,
        Lang::En => en,
    })
}
