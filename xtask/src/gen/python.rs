//! The enums of the Python package: `ZegoCode` and `ZegoEventCode` with one member per
//! catalog entry, and `Guidance`, `Category`, `EventCategory` with one member per variant of
//! the core's enums. Their behaviour (properties, `from_code`) is the templates below; the
//! texts themselves stay in the native module, which reads them from the core.

use std::fmt::Write as _;

use zego_codes::{Category, EventCategory, Guidance};

use super::{Catalogs, Output};
use crate::catalog::Catalog;

pub fn outputs(catalogs: &Catalogs) -> Vec<Output> {
    vec![Output {
        path: "python/zego_codes/_codes.py",
        text: codes_py(catalogs),
    }]
}

fn codes_py(catalogs: &Catalogs) -> String {
    let mut out = super::banner("#", "data/*.toml and the core's enums");
    out.push_str(HEADER);
    let guidance: Vec<&str> = Guidance::ALL.iter().map(|g| g.as_str()).collect();
    let category: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let event_category: Vec<&str> = EventCategory::ALL.iter().map(|c| c.as_str()).collect();
    str_enum(&mut out, "Guidance", GUIDANCE_DOC, &guidance, GUIDANCE_METHODS);
    str_enum(&mut out, "Category", CATEGORY_DOC, &category, "");
    str_enum(&mut out, "EventCategory", EVENT_CATEGORY_DOC, &event_category, "");
    out.push_str(LOOKUPS);
    int_enum(
        &mut out,
        "ZegoCode",
        RETURN_DOC,
        &catalogs.returns,
        RETURN_METHODS,
    );
    int_enum(
        &mut out,
        "ZegoEventCode",
        EVENT_DOC,
        &catalogs.events,
        EVENT_METHODS,
    );
    out.push_str(MEMBER_MAPS);
    out
}

fn str_enum(out: &mut String, class: &str, doc: &str, values: &[&str], methods: &str) {
    writeln!(out, "\n\nclass {class}(enum.Enum):\n    \"\"\"{doc}\"\"\"\n").unwrap();
    for v in values {
        writeln!(out, "    {} = {v:?}", v.to_uppercase()).unwrap();
    }
    out.push_str(methods);
}

fn int_enum(out: &mut String, class: &str, doc: &str, catalog: &Catalog, methods: &str) {
    writeln!(out, "\n\nclass {class}(enum.IntEnum):\n    \"\"\"{doc}\"\"\"\n").unwrap();
    for e in &catalog.entries {
        writeln!(out, "    {} = {}", e.name, e.code).unwrap();
        let withdrawn = e.withdrawn.as_ref().map_or(String::new(), |w| {
            format!(" (withdrawn: ZEGO's page of {w} no longer lists it; the member stays)")
        });
        writeln!(out, "    \"\"\"{}{withdrawn}\"\"\"", docstring(&e.message_en)).unwrap();
    }
    out.push_str(methods);
}

/// A catalog text as the body of a `"""` docstring: one line, no quote or backslash that
/// could end or escape it.
fn docstring(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\\', "/")
        .replace('"', "'")
}

const HEADER: &str = r#""""The enums of zego_codes: every code of the catalog as a member, and the core's guidance
kinds and categories. The members' texts come from the native module, which reads the Rust core.
"""

from __future__ import annotations

import enum

from . import _native

# `typing` costs milliseconds to import and is needed only by type checkers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, SupportsIndex
"#;

const GUIDANCE_DOC: &str = "What a caller should do on receiving a code.

    The values are the core's stable snake_case names (`Guidance.RETRY_LATER.value ==
    \"retry_later\"`), as in the data files, the JSON output of the command-line tool and C.
    ";

const CATEGORY_DOC: &str = "The range a return code belongs to, derived from the number alone.";

const EVENT_CATEGORY_DOC: &str =
    "The subsystem a callback exception event code comes from, derived from the number alone.";

const GUIDANCE_METHODS: &str = r#"
    @property
    def retryable(self) -> bool:
        """Whether sending the same request again, after a delay, may succeed."""
        return _native.guidance_is_retryable(self.value)

    def summary(self, lang: Literal["zh", "en"] = "zh") -> str:
        """One line telling a person what to do, in `lang` ("zh" or "en")."""
        return _native.guidance_summary(self.value, lang)
"#;

const LOOKUPS: &str = r#"

_GUIDANCE: dict[str, Guidance] = {m.value: m for m in Guidance}
_CATEGORY: dict[str, Category] = {m.value: m for m in Category}
_EVENT_CATEGORY: dict[str, EventCategory] = {m.value: m for m in EventCategory}
"#;

const RETURN_DOC: &str = "A return code of the AI Agent server API: the `Code` field of every response.

    One member per code ZEGO documents, named by its stable symbolic name, in the manner of
    `http.HTTPStatus`. `ZegoCode(value)` raises ValueError for a code the catalog does not hold;
    `ZegoCode.from_code(value)` does the same faster and refuses bool, float and str.
    ";

const EVENT_DOC: &str = "An exception event code of the AI Agent callbacks: `Data.Code` of a callback
    whose `Event` is `\"Exception\"`. Same interface as `ZegoCode`.
    ";

const RETURN_METHODS: &str = r#"
    @classmethod
    def from_code(cls, code: SupportsIndex) -> ZegoCode:
        """The member of value `code`: ValueError if the catalog does not hold it, TypeError or
        OverflowError if `code` is not an int in 0..=4294967295."""
        member = _RETURN_MEMBERS.get(code) if type(code) is int else None
        if member is None:
            member = _RETURN_MEMBERS.get(_native.check_code(code))
            if member is None:
                raise ValueError(f"{code!r} is not a valid ZegoCode")
        return member

    @property
    def message(self) -> str:
        """ZEGO's description, in Chinese."""
        return _native.message(self)

    @property
    def message_en(self) -> str:
        """ZEGO's description, in English."""
        return _native.message(self, "en")

    @property
    def suggestion(self) -> str:
        """ZEGO's suggested handling, in Chinese (empty where ZEGO has none)."""
        return _native.suggestion(self)

    @property
    def suggestion_en(self) -> str:
        """ZEGO's suggested handling, in English (empty where ZEGO has none)."""
        return _native.suggestion(self, "en")

    @property
    def category(self) -> Category:
        """The range the code belongs to."""
        return _CATEGORY[_native.category(self)]

    @property
    def guidance(self) -> Guidance:
        """What a caller should do."""
        return _GUIDANCE[_native.guidance(self)]

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed when sent again later."""
        return _native.is_retryable(self)

    @property
    def is_success(self) -> bool:
        """Whether this is code 0, ZEGO's only success code."""
        return self.value == 0

    @property
    def withdrawn(self) -> str | None:
        """The revision of ZEGO's page that no longer lists the code, or None while ZEGO
        documents it. A withdrawn member stays, with its last published texts."""
        return _native.withdrawn(self)
"#;

const EVENT_METHODS: &str = r#"
    @classmethod
    def from_code(cls, code: SupportsIndex) -> ZegoEventCode:
        """The member of value `code`: ValueError if the catalog does not hold it, TypeError or
        OverflowError if `code` is not an int in 0..=4294967295."""
        member = _EVENT_MEMBERS.get(code) if type(code) is int else None
        if member is None:
            member = _EVENT_MEMBERS.get(_native.check_code(code))
            if member is None:
                raise ValueError(f"{code!r} is not a valid ZegoEventCode")
        return member

    @property
    def message(self) -> str:
        """ZEGO's description, in Chinese."""
        return _native.event_message(self)

    @property
    def message_en(self) -> str:
        """ZEGO's description, in English."""
        return _native.event_message(self, "en")

    @property
    def suggestion(self) -> str:
        """ZEGO's suggested handling, in Chinese (empty where ZEGO has none)."""
        return _native.event_suggestion(self)

    @property
    def suggestion_en(self) -> str:
        """ZEGO's suggested handling, in English (empty where ZEGO has none)."""
        return _native.event_suggestion(self, "en")

    @property
    def category(self) -> EventCategory:
        """The subsystem the code comes from."""
        return _EVENT_CATEGORY[_native.event_category(self)]

    @property
    def guidance(self) -> Guidance:
        """What a caller should do."""
        return _GUIDANCE[_native.event_guidance(self)]

    @property
    def retryable(self) -> bool:
        """Whether the operation may succeed when tried again later."""
        return self.guidance.retryable

    @property
    def withdrawn(self) -> str | None:
        """The revision of ZEGO's page that no longer lists the code, or None while ZEGO
        documents it. A withdrawn member stays, with its last published texts."""
        return _native.event_withdrawn(self)
"#;

const MEMBER_MAPS: &str = r#"

_RETURN_MEMBERS: dict[int, ZegoCode] = {m.value: m for m in ZegoCode}
_EVENT_MEMBERS: dict[int, ZegoEventCode] = {m.value: m for m in ZegoEventCode}
"#;
