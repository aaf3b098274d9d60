//! CPU time of this process and of others (user + system, from /proc), to
//! tell the client's own cost from the sandbox's on a shared machine.

/// Clock ticks per second of /proc's times (`USER_HZ`, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

/// CPU seconds of process `pid` ("self" for this one), if known: the sum of
/// its threads' on-CPU nanoseconds from `/proc/<pid>/task/*/schedstat`
/// (exact, where `stat`'s 10 ms ticks would blur a short interval), else
/// user + system time from `/proc/<pid>/stat`. Threads that exited are only
/// in the latter, so one interval must use one source: both calls of an
/// interval run on the same kernel, which has schedstat or has not.
pub(crate) fn process_seconds(pid: &str) -> Option<f64> {
    schedstat_seconds(pid).or_else(|| stat_seconds(pid))
}

fn schedstat_seconds(pid: &str) -> Option<f64> {
    let mut nanos = 0u64;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let path = task.ok()?.path().join("schedstat");
        // A thread may exit between listing and reading: skip it.
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        nanos += text.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(nanos as f64 / 1e9)
}

fn stat_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name, in parentheses, may contain spaces: count from after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the name: state is field 3 of stat(5); utime and stime are 14 and 15.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / TICKS_PER_SECOND)
}

/// CPU seconds used by this process since [`Meter::start`].
#[derive(Debug)]
pub(crate) struct Meter {
    start: f64,
}

impl Meter {
    pub(crate) fn start() -> Self {
        Self {
            start: process_seconds("self").unwrap_or(0.0),
        }
    }

    pub(crate) fn seconds(&self) -> f64 {
        process_seconds("self").map_or(0.0, |now| now - self.start)
    }
}

/// The peak resident set size (`VmHWM` in `/proc/<pid>/status`) of `pid`
/// (or `self`), in KiB.
pub(crate) fn peak_rss_kib(pid: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}
