//! The markup of a deck's empty `<section>` elements, written into the
//! page in one piece (pure, so it is tested natively).

/// The markup of a deck's empty sections, `rows[h]` slides in column `h`:
/// all hidden and `future`, the first slide of each stack its `present`,
/// as the slides' `show` would leave them for a position before them all.
/// Only fixed names and numbers go in: nothing of the deck's text.
pub fn sections(rows: &[usize]) -> String {
    const FUTURE: &str = r#" class="future" aria-hidden="true""#;
    let mut out = String::with_capacity(rows.len() * 72);
    for (h, &n) in rows.iter().enumerate() {
        if n > 1 {
            out.push_str(
                r#"<section hidden class="stack future" aria-hidden="true" data-index-h=""#,
            );
            push_number(&mut out, h);
            out.push_str(r#"">"#);
            for v in 0..n {
                out.push_str("<section hidden");
                out.push_str(if v == 0 {
                    r#" class="present""#
                } else {
                    FUTURE
                });
                out.push_str(r#" data-index-v=""#);
                push_number(&mut out, v);
                out.push_str(r#""></section>"#);
            }
            out.push_str("</section>");
        } else {
            out.push_str("<section hidden");
            out.push_str(FUTURE);
            out.push_str(r#" data-index-h=""#);
            push_number(&mut out, h);
            out.push_str(r#""></section>"#);
        }
    }
    out
}

/// Writes `n` in decimal, without the formatting machinery: this runs once
/// per slide, and decks may have 100 000.
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
}
