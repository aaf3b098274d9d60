//! The page's two charts, drawn as inline SVG by hand: a few rectangles,
//! circles and lines, which no charting crate would make smaller, and the
//! page must not fetch a script.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::{Review, attr, count, plural, text};

const DAY_SECONDS: f64 = 86_400.0;
/// The timeline's drawing: sources' names on the left, the time axis, then
/// the "never expires" lane.
const WIDTH: f64 = 960.0;
const PLOT_LEFT: f64 = 150.0;
const PLOT_RIGHT: f64 = 800.0;
const NEVER_LEFT: f64 = 830.0;
const NEVER_RIGHT: f64 = 950.0;
const TOP: f64 = 24.0;
const AXIS_HEIGHT: f64 = 34.0;

/// Where a token's expiry stands at the time of the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    Expired,
    Soon,
    Later,
    Never,
}

const STANDINGS: [Standing; 4] = [
    Standing::Expired,
    Standing::Soon,
    Standing::Later,
    Standing::Never,
];

impl Standing {
    fn class(self) -> &'static str {
        match self {
            Standing::Expired => "expired",
            Standing::Soon => "soon",
            Standing::Later => "ok",
            Standing::Never => "never",
        }
    }
}

/// Days from `now` on a symmetric log scale: the weeks around today get the
/// room, and a token expiring in 2099 does not squeeze the rest into a dot.
fn log_days(days: f64) -> f64 {
    days.signum() * days.abs().ln_1p()
}

/// Golden-ratio steps: `n` marks spread evenly over [0, 1) without a random
/// number generator, the same on every run.
fn spread(n: usize, step: f64) -> f64 {
    (n as f64 * step).fract()
}

/// One mark's shape, by its standing: a cross (expired), a square (soon), a
/// circle (later), a diamond (never), so colour is not the only signal.
fn mark(html: &mut String, standing: Standing, x: f64, y: f64, source: &str, id: &str) {
    let element = match standing {
        Standing::Soon => "rect",
        Standing::Later => "circle",
        Standing::Expired | Standing::Never => "path",
    };
    let _ = write!(
        html,
        "<{element} data-mark=\"expiry\" data-source=\"{}\" data-id=\"{}\" ",
        attr(source),
        attr(id),
    );
    let _ = match standing {
        Standing::Expired => write!(
            html,
            "d=\"M{:.1} {:.1}l5 5m0-5l-5 5\" stroke-width=\"2\"/>",
            x - 2.5,
            y - 2.5
        ),
        Standing::Soon => write!(
            html,
            "x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"5\"/>",
            x - 2.5,
            y - 2.5
        ),
        Standing::Later => write!(html, "cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.6\"/>"),
        Standing::Never => write!(html, "d=\"M{x:.1} {:.1}l3 3-3 3-3-3z\"/>", y - 3.0),
    };
    html.push('\n');
}

pub(super) fn expiry_timeline(html: &mut String, review: &Review<'_>) {
    let now = review.generated_at;
    let window_days = review.thresholds.expiring_within.as_secs_f64() / DAY_SECONDS;
    let days = |at: DateTime<Utc>| (at - now).num_seconds() as f64 / DAY_SECONDS;

    // The sources in order, with their tokens; a token's lane is its source's.
    let mut lanes: Vec<(&str, Vec<usize>)> = Vec::new();
    for source in review.sources {
        if !lanes.iter().any(|(name, _)| *name == source.name) {
            lanes.push((source.name.as_str(), Vec::new()));
        }
    }
    for (index, listed) in review.tokens.iter().enumerate() {
        match lanes.iter_mut().find(|(name, _)| *name == listed.source) {
            Some((_, tokens)) => tokens.push(index),
            None => lanes.push((listed.source.as_str(), vec![index])),
        }
    }
    let (mut past, mut future) = (30.0_f64, (window_days * 2.0).max(400.0));
    for listed in review.tokens {
        if let Some(at) = listed.token.expires_at {
            let d = days(at);
            past = past.max(-d);
            future = future.max(d);
        }
    }
    let (left, right) = (log_days(-past), log_days(future));
    let x_of =
        |d: f64| PLOT_LEFT + (log_days(d) - left) / (right - left) * (PLOT_RIGHT - PLOT_LEFT);

    // Taller lanes for fuller sources, so 10,000 marks stay a readable cloud.
    let lane_height = |n: usize| (24.0 + (n as f64).sqrt() * 1.6).min(160.0);
    let plot_height: f64 = lanes
        .iter()
        .map(|(_, tokens)| lane_height(tokens.len()))
        .sum::<f64>()
        .max(24.0);
    let height = TOP + plot_height + AXIS_HEIGHT;
    let bottom = TOP + plot_height;

    let _ = write!(
        html,
        "<section aria-labelledby=\"h-expiry\">\n<h2 id=\"h-expiry\">Expiry</h2>\n\
         <figure>\n\
         <svg id=\"expiry-timeline\" role=\"img\" aria-labelledby=\"expiry-title expiry-desc\" \
         viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"{WIDTH}\" height=\"{height:.0}\">\n\
         <title id=\"expiry-title\">When each token expires, by source</title>\n\
         <desc id=\"expiry-desc\">One mark per token on a time axis from expired (left of \
         today) to the latest expiry, on a logarithmic scale of days from today; tokens that \
         never expire are in the last column. The expiring-soon window is shaded. The Tokens \
         table lists the same tokens with their expiry.</desc>\n",
    );
    // Lanes, the window, today.
    let mut y = TOP;
    for (index, (name, tokens)) in lanes.iter().enumerate() {
        let h = lane_height(tokens.len());
        if index % 2 == 0 {
            let _ = write!(
                html,
                "<rect class=\"lane\" x=\"0\" y=\"{y:.1}\" width=\"{WIDTH}\" height=\"{h:.1}\"/>"
            );
        }
        let _ = writeln!(
            html,
            "<text x=\"4\" y=\"{:.1}\">{}</text>",
            y + h / 2.0 + 4.0,
            text(&crate::output::truncate(name, 22))
        );
        y += h;
    }
    let (today, window_end) = (x_of(0.0), x_of(window_days));
    let _ = writeln!(
        html,
        "<rect data-mark=\"expiring-window\" class=\"win\" x=\"{today:.1}\" y=\"{TOP}\" \
         width=\"{:.1}\" height=\"{plot_height:.1}\"><title>Expiring soon: within {}</title></rect>\n\
         <line data-mark=\"today\" class=\"today\" x1=\"{today:.1}\" x2=\"{today:.1}\" y1=\"{:.1}\" \
         y2=\"{bottom:.1}\"><title>Today, {}</title></line>\n\
         <text x=\"{today:.1}\" y=\"14\" text-anchor=\"middle\">today</text>\n\
         <text x=\"{:.1}\" y=\"14\" text-anchor=\"middle\">never expires</text>\n\
         <text x=\"{PLOT_LEFT}\" y=\"14\">expired</text>",
        (window_end - today).max(1.0),
        apitokens::audit::period(review.thresholds.expiring_within),
        TOP - 4.0,
        now.format("%Y-%m-%d"),
        (NEVER_LEFT + NEVER_RIGHT) / 2.0,
    );
    // The axis: ticks at round periods from today.
    let _ = write!(
        html,
        "<g class=\"axis\"><line x1=\"{PLOT_LEFT}\" x2=\"{PLOT_RIGHT}\" y1=\"{bottom:.1}\" y2=\"{bottom:.1}\"/>\
         <line x1=\"{NEVER_LEFT}\" x2=\"{NEVER_RIGHT}\" y1=\"{bottom:.1}\" y2=\"{bottom:.1}\"/>"
    );
    const TICKS: [(f64, &str); 17] = [
        (-3652.5, "10y ago"),
        (-1826.0, "5y ago"),
        (-730.5, "2y ago"),
        (-365.25, "1y ago"),
        (-90.0, "90d ago"),
        (-30.0, "30d ago"),
        (-7.0, "7d ago"),
        (0.0, "0"),
        (7.0, "7d"),
        (30.0, "30d"),
        (90.0, "90d"),
        (365.25, "1y"),
        (730.5, "2y"),
        (1826.0, "5y"),
        (3652.5, "10y"),
        (36525.0, "100y"),
        (365250.0, "1000y"),
    ];
    let mut last_label = f64::MIN;
    for (d, label) in TICKS {
        if d < -past || d > future {
            continue;
        }
        let x = x_of(d);
        let _ = write!(
            html,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{bottom:.1}\" y2=\"{:.1}\"/>",
            bottom + 5.0
        );
        // Labels that would overlap are left out; their ticks stay.
        if x - last_label >= 34.0 {
            let _ = write!(
                html,
                "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
                bottom + 17.0
            );
            last_label = x;
        }
    }
    let _ = writeln!(
        html,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">days from today</text></g>",
        (PLOT_LEFT + PLOT_RIGHT) / 2.0,
        bottom + 30.0
    );
    // The marks, in one group per lane and standing (the group has the
    // class: at 10,000 marks each byte a mark counts).
    let mut y = TOP;
    for (_, tokens) in &lanes {
        let h = lane_height(tokens.len());
        let (inner_top, inner_height) = (y + 5.0, h - 10.0);
        let mut never_seen = 0;
        let mut groups: [String; 4] = Default::default();
        for (n, &index) in tokens.iter().enumerate() {
            let listed = &review.tokens[index];
            let (standing, x) = match listed.token.expires_at {
                None => {
                    never_seen += 1;
                    let x = NEVER_LEFT
                        + 4.0
                        + spread(never_seen, 0.754_877_666) * (NEVER_RIGHT - NEVER_LEFT - 8.0);
                    (Standing::Never, x)
                }
                Some(at) => {
                    let d = days(at);
                    let standing = if d <= 0.0 {
                        Standing::Expired
                    } else if d <= window_days {
                        Standing::Soon
                    } else {
                        Standing::Later
                    };
                    (standing, x_of(d))
                }
            };
            let my = inner_top + spread(n, 0.618_033_988_7) * inner_height;
            mark(
                &mut groups[standing as usize],
                standing,
                x,
                my,
                &listed.source,
                &listed.token.id,
            );
        }
        for (standing, group) in STANDINGS.iter().zip(&groups) {
            if !group.is_empty() {
                let _ = write!(html, "<g class=\"{}\">\n{group}</g>\n", standing.class());
            }
        }
        y += h;
    }
    html.push_str("</svg>\n");
    let _ = writeln!(
        html,
        "<ul class=\"legend\">\
         <li><svg aria-hidden=\"true\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path class=\"expired\" d=\"M3 3l6 6m0-6l-6 6\" stroke-width=\"2\"/></svg> expired</li>\
         <li><svg aria-hidden=\"true\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><rect class=\"soon\" x=\"3\" y=\"3\" width=\"6\" height=\"6\"/></svg> expiring soon (shaded)</li>\
         <li><svg aria-hidden=\"true\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><circle class=\"ok\" cx=\"6\" cy=\"6\" r=\"3\"/></svg> expires later</li>\
         <li><svg aria-hidden=\"true\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\"><path class=\"never\" d=\"M6 2l4 4-4 4-4-4z\"/></svg> never expires</li></ul>"
    );
    let _ = writeln!(
        html,
        "<figcaption>Expiry of every token, one mark each: crosses expired, squares expiring \
         soon, circles later, diamonds never. Each mark is a row of the \
         <a href=\"#tokens\">Tokens table</a> (its Expires column).</figcaption>\n</figure>\n</section>"
    );
}

/// The last-use buckets, in the contract's order, with their labels.
const BUCKETS: [(&str, &str); 6] = [
    ("never-used", "never used"),
    ("over-90d", "> 90 days"),
    ("30d-90d", "30–90 days"),
    ("7d-30d", "7–30 days"),
    ("under-7d", "< 7 days"),
    ("not-reported", "not reported"),
];

/// The index in [`BUCKETS`] of a token's last use at `now`.
pub(super) fn bucket(
    vendor: apitokens::Vendor,
    last_used: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> usize {
    if !apitokens::audit::reports_last_use(vendor) {
        return 5;
    }
    let Some(used) = last_used else {
        return 0;
    };
    let days = (now - used).num_seconds() as f64 / DAY_SECONDS;
    if days > 90.0 {
        1
    } else if days > 30.0 {
        2
    } else if days > 7.0 {
        3
    } else {
        4
    }
}

pub(super) fn last_use(html: &mut String, review: &Review<'_>) {
    let mut counts = [0usize; 6];
    for listed in review.tokens {
        counts[bucket(
            listed.token.vendor,
            listed.token.last_used_at,
            review.generated_at,
        )] += 1;
    }
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let (width, height, bar_top, bar_bottom) = (720.0, 230.0, 24.0, 180.0);
    let slot = (width - 40.0) / BUCKETS.len() as f64;
    let _ = write!(
        html,
        "<section aria-labelledby=\"h-last-use\">\n<h2 id=\"h-last-use\">Last use</h2>\n\
         <figure>\n\
         <svg id=\"last-use\" role=\"img\" aria-labelledby=\"last-use-title last-use-desc\" \
         viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n\
         <title id=\"last-use-title\">How long ago each token was last used</title>\n\
         <desc id=\"last-use-desc\">One bar per age of last use, its count written above it; \
         the Tokens table's Last used column has each token.</desc>\n\
         <g class=\"axis\"><line x1=\"20\" x2=\"{:.0}\" y1=\"{bar_bottom}\" y2=\"{bar_bottom}\"/></g>\n",
        width - 20.0
    );
    for (index, ((key, label), n)) in BUCKETS.iter().zip(counts).enumerate() {
        let x = 20.0 + index as f64 * slot + slot * 0.15;
        let w = slot * 0.7;
        let h = (n as f64 / max) * (bar_bottom - bar_top - 14.0);
        // The group is the bar: its text is the number alone.
        let _ = writeln!(
            html,
            "<g class=\"bar\" data-bucket=\"{key}\" data-count=\"{n}\"><rect x=\"{x:.1}\" \
             y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"/><text x=\"{:.1}\" y=\"{:.1}\" \
             text-anchor=\"middle\">{n}</text></g>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
            bar_bottom - h,
            x + w / 2.0,
            bar_bottom - h - 4.0,
            x + w / 2.0,
            bar_bottom + 18.0,
        );
    }
    let _ = writeln!(
        html,
        "<text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"middle\">last used, before this review \
         (not reported: the vendor does not say)</text>\n</svg>",
        width / 2.0,
        bar_bottom + 40.0
    );
    let _ = writeln!(
        html,
        "<figcaption>Last use of all {} {}, counted from the \
         <a href=\"#tokens\">Tokens table</a>'s Last used column.</figcaption>\n</figure>\n</section>",
        count("tokens", review.tokens.len()),
        plural(review.tokens.len(), "token", "tokens"),
    );
}
