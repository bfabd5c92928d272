use core::fmt;
use core::str::FromStr;

/// The language of a text. ZEGO publishes every table in Chinese and English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
pub enum Lang {
    /// Simplified Chinese, ZEGO's primary text (`"zh"`).
    #[default]
    Zh = 0,
    /// English (`"en"`).
    En = 1,
}

impl Lang {
    /// The tag this crate's other interfaces use: `"zh"` or `"en"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// The error of parsing a [`Lang`] from anything but `"zh"` or `"en"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseLangError;

impl fmt::Display for ParseLangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("language must be \"zh\" or \"en\"")
    }
}

impl core::error::Error for ParseLangError {}

impl FromStr for Lang {
    type Err = ParseLangError;
    /// Accepts exactly `"zh"` or `"en"`, as the C and Python interfaces do.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            _ => Err(ParseLangError),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
