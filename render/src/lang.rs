//! Which language to answer in when `--lang` is not given.

use std::ffi::OsString;

use zego_codes::Lang;

/// The variable that overrides the locale for this tool only.
pub const ENV_VAR: &str = "ZEGO_CODES_LANG";

/// `--lang` wins; then `ZEGO_CODES_LANG` (exactly `zh` or `en`); then the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX precedence) when it starts with `zh` or `en`;
/// otherwise Chinese, ZEGO's primary language. An empty variable counts as unset.
pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<OsString>) -> Result<Lang, String> {
    if let Some(lang) = flag {
        return Ok(lang);
    }
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    if let Some(value) = set(ENV_VAR) {
        let text = value.to_string_lossy();
        return text
            .parse::<Lang>()
            .map_err(|_| format!("{ENV_VAR} must be zh or en, not '{text}'"));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
    Ok(match locale.as_ref().and_then(|l| l.to_str()) {
        Some(l) if l.starts_with("en") => Lang::En,
        _ => Lang::Zh,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> Result<Lang, String> {
        let vars: Vec<(String, OsString)> = vars.iter().map(|(k, v)| (k.to_string(), v.into())).collect();
        choose(None, |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn flag_wins_over_everything() {
        assert_eq!(choose(Some(Lang::En), |_| Some("zh".into())), Ok(Lang::En));
    }

    #[test]
    fn variable_wins_over_locale() {
        assert_eq!(with(&[(ENV_VAR, "en"), ("LANG", "zh_CN.UTF-8")]), Ok(Lang::En));
        assert_eq!(with(&[(ENV_VAR, "zh"), ("LC_ALL", "en_US.UTF-8")]), Ok(Lang::Zh));
        assert!(with(&[(ENV_VAR, "fr")]).unwrap_err().contains("zh or en"));
        assert_eq!(with(&[(ENV_VAR, ""), ("LANG", "en_GB")]), Ok(Lang::En));
    }

    #[test]
    fn first_set_locale_variable_decides() {
        assert_eq!(with(&[("LANG", "en_US.UTF-8")]), Ok(Lang::En));
        assert_eq!(with(&[("LC_MESSAGES", "en_US"), ("LANG", "zh_CN")]), Ok(Lang::En));
        assert_eq!(
            with(&[("LC_ALL", "zh_TW"), ("LC_MESSAGES", "en_US")]),
            Ok(Lang::Zh)
        );
        // LC_ALL=C is set, so LANG is not consulted and the default applies.
        assert_eq!(with(&[("LC_ALL", "C"), ("LANG", "en_US")]), Ok(Lang::Zh));
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "en_US")]), Ok(Lang::En));
    }

    #[test]
    fn chinese_by_default() {
        assert_eq!(with(&[]), Ok(Lang::Zh));
        assert_eq!(with(&[("LANG", "fr_FR.UTF-8")]), Ok(Lang::Zh));
    }
}
