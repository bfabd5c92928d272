//! A synthetic service log in which one line in ten carries a ZEGO code, in the shapes real
//! logs use, between lines full of numbers that are not codes (order IDs, timestamps, a
//! success `"Code":0`) and words that contain "ode". Shared by the large-input test and the
//! throughput benchmark (`cargo run --release -p zego-codes-cli --example gen-log`).

use std::io::{self, Write};

use zego_codes::{Code, EventCode};

/// What was written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LogStats {
    pub bytes: u64,
    pub lines: u64,
    /// Lines carrying exactly one code that explain annotates.
    pub code_lines: u64,
}

/// xorshift64*: deterministic, so a seed names a log.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes at least `min_bytes` of log, whole lines only.
pub fn write_log(out: &mut impl Write, min_bytes: u64, seed: u64) -> io::Result<LogStats> {
    let returns: Vec<u32> = Code::all().filter(|c| !c.is_success()).map(Code::get).collect();
    let events: Vec<u32> = EventCode::all().map(EventCode::get).collect();
    let mut rng = Rng(seed | 1);
    let mut stats = LogStats::default();
    let mut line = Vec::with_capacity(512);
    while stats.bytes < min_bytes {
        line.clear();
        let n = stats.lines;
        let (h, m, s, ms) = (
            (n / 3_600_000) % 24,
            (n / 1000 / 60) % 60,
            (n / 1000) % 60,
            n % 1000,
        );
        // lint-tests: a log line's made-up timestamp, not a revision of the data
        write!(line, "1999-12-31T{h:02}:{m:02}:{s:02}.{ms:03}+08:00 ")?;
        let request_id = rng.next();
        if n % 10 == 7 {
            let code = returns[rng.below(returns.len() as u64) as usize];
            match rng.below(5) {
                0 => write!(
                    line,
                    r#"ERROR agent-gateway resp={{"Code":{code},"Message":"request failed","RequestId":"{request_id:016x}"}} cost=8ms"#
                )?,
                1 => write!(
                    line,
                    r#"ERROR signer code={code} msg="rejected" app_id=1234567890 request_id={request_id:016x}"#
                )?,
                2 => write!(
                    line,
                    "WARN  agent-ctl Code: {code} instance=ins_{request_id:016x} action=UpdateAgentInstance"
                )?,
                3 => write!(
                    line,
                    r#"ERROR proxy upstream="{{\"Code\":{code},\"Message\":\"failed\"}}" request_id={request_id:016x}"#
                )?,
                _ => {
                    let event = events[rng.below(events.len() as u64) as usize];
                    write!(
                        line,
                        r#"INFO  callback body={{"AppId":1234567890,"AgentInstanceId":"ins_{request_id:016x}","Event":"Exception","Data":{{"Code":{event},"Message":"see docs"}},"Timestamp":1752739200}}"#
                    )?
                }
            }
            stats.code_lines += 1;
        } else {
            let order = 410_000_000 + rng.below(1_000_000);
            match rng.below(4) {
                0 => write!(
                    line,
                    r#"INFO  agent-gateway request_id={request_id:016x} order_id={order} user=u_{} latency_ms={} path=/v1/agent/start msg="start ok""#,
                    rng.below(100_000),
                    rng.below(500)
                )?,
                1 => write!(
                    line,
                    "DEBUG rtc-bridge node=bj-{} mode=walkie room=r_{order} stream=s_1752739200{:03} bitrate=48000 decode_ms={}",
                    rng.below(9),
                    rng.below(1000),
                    rng.below(20)
                )?,
                2 => write!(
                    line,
                    r#"INFO  agent-gateway resp={{"Code":0,"Message":"success","RequestId":"{request_id:016x}"}} cost={}ms"#,
                    rng.below(100)
                )?,
                _ => write!(
                    line,
                    r#"WARN  scheduler queue=agent depth={} ts=1752739200 retry_in=500ms msg="slow consumer" order={order}"#,
                    rng.below(64)
                )?,
            }
        }
        line.push(b'\n');
        out.write_all(&line)?;
        stats.bytes += line.len() as u64;
        stats.lines += 1;
    }
    Ok(stats)
}
