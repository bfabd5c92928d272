use core::fmt;

/// What a caller should do on receiving a code.
///
/// This is zego-codes' reading of ZEGO's suggestions, in the manner of gRPC's per-status
/// retry advice; the reasoning for each group is in CODES.md. The discriminants are the
/// values of the C enum `zego_guidance_t` and never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum Guidance {
    /// The code is not in the catalog: read the response's `Message`, do not retry blindly.
    Unknown = 0,
    /// Nothing to do: success, or an event worth at most a metric.
    NoAction = 1,
    /// The request is wrong (missing or malformed field, invalid parameter, unsupported
    /// operation): fix it; sending it again unchanged fails again.
    FixRequest = 2,
    /// The signature has expired: sign again with a fresh timestamp and nonce, then retry.
    RenewSignature = 3,
    /// A transient failure inside ZEGO: retry with exponential backoff; report the
    /// `RequestId` to ZEGO support if it persists.
    RetryLater = 4,
    /// A rate or concurrency limit: retry after a backoff at a lower rate, or raise the quota.
    SlowDown = 5,
    /// The target already exists or a newer request superseded this one: do not repeat it.
    Conflict = 6,
    /// The target does not exist (never created, deleted, or not in the room).
    NotFound = 7,
    /// The target is in a state that forbids the operation: retry only after it changes.
    WrongState = 8,
    /// Account or service setup (service not enabled, test account expired, AppId or
    /// resource not bound to the app, provider account in arrears): fix it in the console
    /// or with ZEGO; retrying does not help.
    CheckAccount = 9,
    /// A fault only ZEGO can diagnose: send the `Message` and `RequestId` to ZEGO support.
    ContactSupport = 10,
    /// A general code whose `Message` says what went wrong: decide from the message.
    SeeMessage = 11,
}

impl Guidance {
    /// Every guidance kind, in discriminant order.
    pub const ALL: [Guidance; 12] = [
        Guidance::Unknown,
        Guidance::NoAction,
        Guidance::FixRequest,
        Guidance::RenewSignature,
        Guidance::RetryLater,
        Guidance::SlowDown,
        Guidance::Conflict,
        Guidance::NotFound,
        Guidance::WrongState,
        Guidance::CheckAccount,
        Guidance::ContactSupport,
        Guidance::SeeMessage,
    ];

    /// Whether sending the same request again, after a delay and at most with a fresh
    /// signature, may succeed without anybody changing anything.
    #[inline]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            Guidance::RenewSignature | Guidance::RetryLater | Guidance::SlowDown
        )
    }

    /// The stable snake_case name used by the data files, JSON output and Python.
    pub const fn as_str(self) -> &'static str {
        match self {
            Guidance::Unknown => "unknown",
            Guidance::NoAction => "no_action",
            Guidance::FixRequest => "fix_request",
            Guidance::RenewSignature => "renew_signature",
            Guidance::RetryLater => "retry_later",
            Guidance::SlowDown => "slow_down",
            Guidance::Conflict => "conflict",
            Guidance::NotFound => "not_found",
            Guidance::WrongState => "wrong_state",
            Guidance::CheckAccount => "check_account",
            Guidance::ContactSupport => "contact_support",
            Guidance::SeeMessage => "see_message",
        }
    }

    /// The kind named by [`Guidance::as_str`], if any.
    pub fn from_name(name: &str) -> Option<Guidance> {
        Guidance::ALL.into_iter().find(|g| g.as_str() == name)
    }

    /// The kind with C enum value `value`, if any.
    pub const fn from_u32(value: u32) -> Option<Guidance> {
        if (value as usize) < Guidance::ALL.len() {
            Some(Guidance::ALL[value as usize])
        } else {
            None
        }
    }

    /// One line telling a person what to do, in English.
    pub const fn summary_en(self) -> &'static str {
        match self {
            Guidance::Unknown => "Unknown code: read the response Message; do not retry blindly.",
            Guidance::NoAction => "Nothing to do.",
            Guidance::FixRequest => "Fix the request; sending it unchanged fails again.",
            Guidance::RenewSignature => "Sign again with a fresh timestamp and nonce, then retry.",
            Guidance::RetryLater => {
                "Transient: retry with exponential backoff; report the RequestId to ZEGO if it persists."
            }
            Guidance::SlowDown => "Rate or concurrency limit: back off, lower the rate, or raise the quota.",
            Guidance::Conflict => "Already exists or superseded: do not repeat the request.",
            Guidance::NotFound => "The target does not exist: check its ID and whether it was deleted.",
            Guidance::WrongState => "Wrong state for this operation: retry only after the state changes.",
            Guidance::CheckAccount => {
                "Account or service setup: fix it in the console or with ZEGO; retrying does not help."
            }
            Guidance::ContactSupport => "Send the Message and RequestId to ZEGO technical support.",
            Guidance::SeeMessage => "General code: the Message field says what went wrong.",
        }
    }

    /// One line telling a person what to do, in Chinese.
    pub const fn summary_zh(self) -> &'static str {
        match self {
            Guidance::Unknown => "未知返回码：请查看响应中的 Message，不要盲目重试。",
            Guidance::NoAction => "无需处理。",
            Guidance::FixRequest => "请修正请求；原样重发仍会失败。",
            Guidance::RenewSignature => "请用新的时间戳和随机数重新签名后重试。",
            Guidance::RetryLater => "暂时性错误：请指数退避后重试；持续出现请向 ZEGO 提供 RequestId。",
            Guidance::SlowDown => "频率或并发受限：请退避、降低频率或申请扩容。",
            Guidance::Conflict => "已存在或已被更新的请求取代：请勿重复请求。",
            Guidance::NotFound => "目标不存在：请检查 ID 以及是否已被删除。",
            Guidance::WrongState => "当前状态不允许该操作：请在状态变化后再试。",
            Guidance::CheckAccount => "账号或服务配置问题：请在控制台或联系 ZEGO 处理；重试无效。",
            Guidance::ContactSupport => "请向 ZEGO 技术支持提供 Message 和 RequestId。",
            Guidance::SeeMessage => "通用错误码：具体原因见 Message 字段。",
        }
    }

    /// [`Guidance::summary_zh`] or [`Guidance::summary_en`].
    pub const fn summary(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.summary_zh(),
            crate::Lang::En => self.summary_en(),
        }
    }
}

impl fmt::Display for Guidance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
