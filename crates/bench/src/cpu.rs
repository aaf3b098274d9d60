//! CPU time of this process and of others (user + system, from /proc), to
//! tell the client's own cost from the sandbox's on a shared machine.

/// Clock ticks per second of /proc's times (`USER_HZ`, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

/// User + system CPU seconds of process `pid` ("self" for this one), if known.
pub(crate) fn process_seconds(pid: &str) -> Option<f64> {
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
