//! Publication dates to ISO 8601.
//!
//! Values already in ISO 8601 form (`2015-08-13T15:48:26+00:00`) are kept
//! exactly as written, so their precision and offset survive. Other common
//! forms are rewritten: `2019-05-02 10:00:00`, `2019/05/02`, `20190502`,
//! `May 2, 2019`, `2 May 2019 10:00 PM`, RFC 2822 and Unix timestamps.
//! Anything unreadable is returned unchanged by [`normalize`].

/// English month names and abbreviations, matched on their first three
/// letters (so "Sept" and "September" both work).
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// English weekday names, skipped before a date.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Time-zone abbreviations seen in RFC 2822 and US news sites, with their
/// offsets.
const ZONES: &[(&str, &str)] = &[
    ("z", "Z"),
    ("utc", "Z"),
    ("gmt", "Z"),
    ("ut", "Z"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("mst", "-07:00"),
    ("mdt", "-06:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
    ("bst", "+01:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
];

/// Years accepted as plausible publication years; outside this a "date" is
/// more likely an id or a price.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2200;

/// Unix timestamps (seconds) accepted: 1995 to 2100.
const UNIX_RANGE: std::ops::RangeInclusive<i64> = 788_918_400..=4_102_444_800;

/// `s` as ISO 8601 where it is a readable date, otherwise `s` itself.
pub(crate) fn normalize(s: &str) -> String {
    to_iso(s).unwrap_or_else(|| s.to_owned())
}

/// `s` as ISO 8601, or `None` when it is not a date this reads.
pub(crate) fn to_iso(s: &str) -> Option<String> {
    let s = s.trim();
    if is_iso(s) {
        return Some(s.to_owned());
    }
    numeric(s).or_else(|| textual(s))
}

/// True when `s` is already ISO 8601 (date, or date `T` time with optional
/// fraction and zone) with plausible field values.
fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    let Some((y, m, d)) = ymd_dashed(s) else {
        return false;
    };
    if !valid(y, m, d) {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    if b[10] != b'T' {
        return false;
    }
    match time(&s[11..]) {
        Some((_, rest)) => {
            rest.is_empty()
                || (!rest.starts_with(char::is_whitespace)
                    && zone(rest).is_some_and(|(_, r)| r.is_empty()))
        }
        None => false,
    }
}

/// `YYYY-MM-DD` at the start of `s`.
fn ymd_dashed(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Some((digits(&s[..4])?, digits(&s[5..7])?, digits(s.get(8..10)?)?))
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    YEARS.contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A time `HH:MM[:SS[.fff]]` at the start of `s`: the time as written
/// (seconds added when missing) and the rest of `s`.
fn time(s: &str) -> Option<(String, &str)> {
    let b = s.as_bytes();
    let hl = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hl) || b.get(hl) != Some(&b':') {
        return None;
    }
    let h = digits(&s[..hl])?;
    let m = digits(s.get(hl + 1..hl + 3)?)?;
    let mut end = hl + 3;
    let mut sec = 0;
    let mut frac = "";
    if b.get(end) == Some(&b':') {
        sec = digits(s.get(end + 1..end + 3)?)?;
        end += 3;
        if b.get(end) == Some(&b'.') || b.get(end) == Some(&b',') {
            let n = b[end + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n == 0 {
                return None;
            }
            frac = &s[end..end + 1 + n];
            end += 1 + n;
        }
    }
    if h > 24 || m > 59 || sec > 60 {
        return None;
    }
    Some((format!("{h:02}:{m:02}:{sec:02}{frac}"), &s[end..]))
}

/// A zone at the start of `s` (after optional spaces): `Z`, `+HH:MM`,
/// `+HHMM`, `+HH` or an abbreviation, as ISO text, and the rest of `s`.
fn zone(s: &str) -> Option<(String, &str)> {
    let t = s.trim_start();
    let b = t.as_bytes();
    match b.first()? {
        b'+' | b'-' => {
            let sign = b[0] as char;
            let n = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let (hh, mm, used) = match n {
                2 if b.get(3) == Some(&b':') => (&t[1..3], t.get(4..6)?, 6),
                2 => (&t[1..3], "00", 3),
                4 => (&t[1..3], &t[3..5], 5),
                _ => return None,
            };
            let (h, m) = (digits(hh)?, digits(mm)?);
            if h > 14 || m > 59 {
                return None;
            }
            Some((format!("{sign}{h:02}:{m:02}"), &t[used..]))
        }
        _ => {
            let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            let word = t[..n].to_ascii_lowercase();
            let (_, iso) = ZONES.iter().find(|(z, _)| *z == word)?;
            // "GMT+0100" style: the offset after the name wins.
            if let Some((off, rest)) = zone(&t[n..]).filter(|_| t[n..].starts_with(['+', '-'])) {
                return Some((off, rest));
            }
            Some(((*iso).to_owned(), &t[n..]))
        }
    }
}

fn iso(y: u32, m: u32, d: u32, time: Option<(String, Option<String>)>) -> String {
    match time {
        None => format!("{y:04}-{m:02}-{d:02}"),
        Some((t, z)) => format!("{y:04}-{m:02}-{d:02}T{t}{}", z.unwrap_or_default()),
    }
}

/// Dates written with digits only: `2019-05-02 10:00:00`, `2019/05/02`,
/// `2019.05.02`, `20190502`, Unix seconds or milliseconds.
fn numeric(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if let Some((y, m, d, rest)) = year_first(s).or_else(|| day_first(s)) {
        if !valid(y, m, d) {
            return None;
        }
        // What may stand between a date and its time.
        let rest = rest.trim_start_matches(['T', 't', ' ', ',', '-', '|', '@']);
        let rest = rest
            .strip_prefix("at ")
            .or_else(|| rest.strip_prefix("um "))
            .unwrap_or(rest);
        if rest.trim().is_empty() {
            return Some(iso(y, m, d, None));
        }
        let (t, rest) = clock(rest)?;
        return finish(y, m, d, t, rest);
    }
    if b.iter().all(|c| c.is_ascii_digit()) {
        if b.len() == 8 {
            let (y, m, d) = (digits(&s[..4])?, digits(&s[4..6])?, digits(&s[6..8])?);
            return valid(y, m, d).then(|| iso(y, m, d, None));
        }
        if b.len() == 10 || b.len() == 13 {
            let mut secs: i64 = s.parse().ok()?;
            if b.len() == 13 {
                secs /= 1000;
            }
            return UNIX_RANGE.contains(&secs).then(|| from_unix(secs));
        }
    }
    None
}

/// Reads a run of one to `max` ASCII digits at the start of `s`.
fn lead_digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max {
        return None;
    }
    Some((digits(&s[..n])?, &s[n..]))
}

/// `YYYY-M-D`, `YYYY/MM/DD` or `YYYY.MM.DD` at the start of `s`, and the rest.
fn year_first(s: &str) -> Option<(u32, u32, u32, &str)> {
    let (y, r) =
        lead_digits(s, 4).filter(|_| s.as_bytes().get(4).is_some_and(|c| !c.is_ascii_digit()))?;
    let sep = r.chars().next().filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (m, r) = lead_digits(&r[1..], 2)?;
    let (d, r) = lead_digits(r.strip_prefix(sep)?, 2)?;
    Some((y, m, d, r))
}

/// `D.M.YYYY`, the dotted day-first form of central Europe (dots make it
/// unambiguous, unlike `10/05/2022`), after an optional weekday of any
/// language ("Di., 25.01.2022").
fn day_first(s: &str) -> Option<(u32, u32, u32, &str)> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let lead = &s[..start];
    if lead.chars().count() > 12 || lead.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (d, r) = lead_digits(&s[start..], 2)?;
    let (m, r) = lead_digits(r.strip_prefix('.')?, 2)?;
    let r = r.strip_prefix('.')?;
    if r.bytes().take_while(u8::is_ascii_digit).count() != 4 {
        return None;
    }
    let (y, r) = lead_digits(r, 4)?;
    Some((y, m, d, r))
}

/// A time with an optional `AM`/`PM`, made 24-hour.
fn clock(s: &str) -> Option<(String, &str)> {
    let (mut t, rest) = time(s)?;
    let r = rest.trim_start();
    let lower = r.get(..2).map(str::to_ascii_lowercase);
    let meridiem = match lower.as_deref() {
        Some("am") => Some(false),
        Some("pm") => Some(true),
        _ => None,
    };
    let Some(pm) = meridiem else {
        return Some((t, rest));
    };
    let h: u32 = t[..2].parse().ok()?;
    if !(1..=12).contains(&h) {
        return None;
    }
    let h24 = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    t.replace_range(..2, &format!("{h24:02}"));
    Some((t, &r[2..]))
}

/// Completes a date with its time and the optional zone after it; anything
/// else left over makes the value unreadable.
fn finish(y: u32, m: u32, d: u32, t: String, rest: &str) -> Option<String> {
    let rest = rest.trim();
    // The word for "o'clock" after a local time ("10:15 Uhr") adds nothing.
    if rest.is_empty() || ["uhr", "h"].iter().any(|w| rest.eq_ignore_ascii_case(w)) {
        return Some(iso(y, m, d, Some((t, None))));
    }
    let (z, after) = zone(rest)?;
    // A trailing parenthesised zone name, as in "+0000 (UTC)", adds nothing.
    let after = after.trim();
    if !(after.is_empty() || (after.starts_with('(') && after.ends_with(')'))) {
        return None;
    }
    Some(iso(y, m, d, Some((t, Some(z)))))
}

/// Month number from an English month word.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "Mayor" or "Marching" are not months.
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][i];
    full.starts_with(&w).then_some(i as u32 + 1)
}

/// Dates with an English month name: `May 2, 2019`, `2 May 2019`,
/// `Thursday, May 2, 2019 10:00 AM EDT`, RFC 2822
/// `Thu, 02 May 2019 10:00:00 +0000`.
fn textual(s: &str) -> Option<String> {
    let mut words = s
        .split([' ', ',', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .peekable();
    // A leading weekday is skipped.
    if let Some(w) = words.peek() {
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        if w.len() >= 3 && WEEKDAYS.iter().any(|d| d.starts_with(&w)) {
            words.next();
        }
    }
    let a = words.next()?;
    let b = words.next()?;
    let c = words.next()?;
    let day = |w: &str| digits(w.trim_end_matches(['.', 's', 't', 'h', 'n', 'd', 'r']));
    let (m, d) = if let Some(m) = month(a) {
        (m, day(b)?)
    } else {
        (month(b)?, day(a)?)
    };
    let y = if c.contains(':') { 2000 } else { digits(c)? };
    if !valid(y, m, d) {
        return None;
    }
    let mut rest: Vec<&str> = words.collect();
    // `Tue Jan 28 15:28:56 CET 2020` (C and Java): time and zone come
    // before the year, which was read into `c`; put them back in order.
    if c.contains(':') {
        let year_at = rest
            .iter()
            .position(|w| w.len() == 4 && digits(w).is_some())?;
        let y = digits(rest[year_at])?;
        if !valid(y, m, d) {
            return None;
        }
        rest.remove(year_at);
        let text = format!("{c} {}", rest.join(" "));
        let (t, after) = clock(&text)?;
        return finish(y, m, d, t, after);
    }
    if rest.is_empty() {
        return Some(iso(y, m, d, None));
    }
    let rest = rest.join(" ");
    let rest = rest
        .strip_prefix("at ")
        .or_else(|| rest.strip_prefix("@ "))
        .unwrap_or(&rest);
    let (t, after) = clock(rest)?;
    finish(y, m, d, t, after)
}

/// `s` without a date written at its end ("Ann Lee May 20, 2019" to "Ann
/// Lee"); `s` itself when it holds no trailing date or only a date.
pub(crate) fn strip_trailing_date(s: &str) -> &str {
    for (i, _) in s.match_indices(' ') {
        let (head, tail) = (s[..i].trim_end(), s[i..].trim());
        // Numbers alone ("Ann Lee 2019") are not taken for dates here.
        if !head.is_empty() && tail.contains(|c: char| c.is_alphabetic()) && to_iso(tail).is_some()
        {
            return head
                .trim_end_matches([',', '|', '-', '•', '·', '—', '–'])
                .trim_end();
        }
    }
    s
}

/// A Unix time in seconds as an ISO 8601 UTC date and time.
fn from_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let tod = secs.rem_euclid(86_400);
    // Days to civil date (proleptic Gregorian), by 400-year eras.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        tod / 3600,
        tod % 3600 / 60,
        tod % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_iso_as_written() {
        for s in [
            "2015-08-13T15:48:26+00:00",
            "2021-11-01T10:52:50+0100",
            "2015-03-27T13:07:55.096Z",
            "2018-04-05T06:00",
            "2024-06-25",
        ] {
            assert_eq!(normalize(s), s);
        }
    }

    #[test]
    fn rewrites_common_forms() {
        let cases = [
            ("2019-05-02 10:00:00", "2019-05-02T10:00:00"),
            ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00.000000"),
            ("2019/05/02", "2019-05-02"),
            ("03.03.2026, 10:15 Uhr", "2026-03-03T10:15:00"),
            ("20190502", "2019-05-02"),
            ("May 2, 2019", "2019-05-02"),
            ("2 May 2019", "2019-05-02"),
            ("September 3rd, 2020", "2020-09-03"),
            (
                "Thursday, May 2, 2019 at 10:05 PM EDT",
                "2019-05-02T22:05:00-04:00",
            ),
            (
                "Thu, 02 May 2019 10:00:00 +0000",
                "2019-05-02T10:00:00+00:00",
            ),
            ("Thu, 02 May 2019 10:00:00 GMT", "2019-05-02T10:00:00Z"),
            (
                "Sat, 1 Feb 2020 00:00:01 -0500 (EST)",
                "2020-02-01T00:00:01-05:00",
            ),
            ("1556791200", "2019-05-02T10:00:00Z"),
            ("2019-05-02 12:30 am", "2019-05-02T00:30:00"),
            ("2022-05-04T03:00:00 UTC", "2022-05-04T03:00:00Z"),
            ("2022-5-3T23:57:00", "2022-05-03T23:57:00"),
            ("11.11.2021", "2021-11-11"),
            ("10.12.2022, 07:00:03", "2022-12-10T07:00:03"),
            ("Di., 25.01.2022 - 14:45", "2022-01-25T14:45:00"),
            ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "{input}");
        }
    }

    #[test]
    fn strips_dates_after_names() {
        assert_eq!(
            strip_trailing_date("By Joshua Sokol May 20, 2019"),
            "By Joshua Sokol"
        );
        assert_eq!(
            strip_trailing_date("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC"),
            "Joe Wee"
        );
        assert_eq!(strip_trailing_date("Ann Lee | 2 May 2019"), "Ann Lee");
        assert_eq!(strip_trailing_date("Ann Lee"), "Ann Lee");
        assert_eq!(strip_trailing_date("May 20, 2019"), "May 20, 2019");
        assert_eq!(strip_trailing_date("Agent 20190502"), "Agent 20190502");
    }

    #[test]
    fn keeps_unreadable_values() {
        for s in [
            "yesterday",
            "2019-13-02",
            "2019-02-30",
            "Mayor 2, 2019",
            "12345678",
            "",
            "2019-05-02 banana",
            "May 2",
            "Updated: sometime",
            "10/05/2022 05:22 pm",
            "1.2.3",
            "Version 2.10.2021a",
        ] {
            assert_eq!(normalize(s), s, "{s}");
        }
        assert_eq!(to_iso("9999999999999"), None);
    }
}
