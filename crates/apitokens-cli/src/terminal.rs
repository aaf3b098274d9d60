//! Text meant for people, made safe to print on a terminal.
//!
//! Token names, owners, scopes, IDs and vendors' error messages are chosen by
//! whoever controls a vendor account or server. Printed raw, `ESC[2J` clears
//! the screen, an OSC sequence retitles the terminal, a CR or LF forges a
//! line of its own and a bidi override reorders what follows. Every table
//! cell and every stderr line goes through [`escape`] (stderr lines through
//! `say!`); JSON and CSV stay exact, with their own escaping.
//!
//! Written by hand: the crates that deal with terminal text
//! (strip-ansi-escapes, anstream) remove ANSI sequences, which hides what a
//! vendor sent and leaves CR, LF, other controls and the bidi controls in.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` acts on the terminal instead of printing: the C0 controls
/// (TAB, LF, CR included: they break a line or a table), DEL and the C1
/// controls (`char::is_control`), the bidi marks, embeddings, overrides and
/// isolates, and the Unicode line and paragraph separators.
fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `text` with every character that would act on the terminal written out
/// visibly, as Rust writes it in a string: `\n`, `\r`, `\t`, else `\u{1b}`.
/// Everything else, backslashes included, is kept as it is.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if acts_on_terminal(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `eprintln!` for people: the formatted line goes through [`escape`], so
/// text from a vendor or a config file cannot add lines or control the
/// terminal. (`#[macro_use]` on the module makes it available to every
/// module declared after it.)
macro_rules! say {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::terminal::escape(&format!($($arg)*)))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_written_out() {
        let cases = [
            (
                "\u{1b}[2J\u{1b}]0;pwned\u{7}",
                "\\u{1b}[2J\\u{1b}]0;pwned\\u{7}",
            ),
            ("bad\r\nerror: forged", "bad\\r\\nerror: forged"),
            ("a\tb\u{0}c\u{7f}", "a\\tb\\u{0}c\\u{7f}"),
            ("\u{9b}31m", "\\u{9b}31m"),
            ("\u{202e}gpj.exe", "\\u{202e}gpj.exe"),
            ("\u{2066}x\u{2069}\u{200f}", "\\u{2066}x\\u{2069}\\u{200f}"),
            ("line\u{2028}sep", "line\\u{2028}sep"),
        ];
        for (raw, shown) in cases {
            assert_eq!(escape(raw), shown, "{raw:?}");
        }
    }

    #[test]
    fn ordinary_text_is_kept_as_it_is() {
        for text in [
            "prod-ci token",
            "DOMAIN\\user",
            "naïve — 東京 ✓ 🚀",
            "שלום عربي",
            "it's \"quoted\"",
            "",
        ] {
            assert!(
                matches!(escape(text), Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nothing_that_acts_on_a_terminal_survives() {
        for code in (0u32..0x3000).chain([0xFEFF, 0x1_F600]) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let escaped = escape(&c.to_string()).into_owned();
            assert!(
                !escaped.chars().any(acts_on_terminal),
                "{code:#x} -> {escaped:?}"
            );
        }
    }
}
