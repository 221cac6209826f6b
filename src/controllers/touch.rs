//! Touch swipes: how far a finger must travel, and which move it means.

use super::navigation::Move;

/// Distance a finger must travel before a swipe counts, in CSS pixels
/// (reveal.js's threshold).
pub const SWIPE_THRESHOLD: f64 = 40.0;

/// The move a finger travelling (dx, dy) asks for, if it went far enough.
/// Content follows the finger: a swipe to the left shows the slide on the
/// right, a swipe up shows the slide below.
pub fn swipe_move(dx: f64, dy: f64) -> Option<Move> {
    if dx.abs() > SWIPE_THRESHOLD && dx.abs() > dy.abs() {
        Some(if dx < 0.0 { Move::Right } else { Move::Left })
    } else if dy.abs() > SWIPE_THRESHOLD {
        Some(if dy < 0.0 { Move::Down } else { Move::Up })
    } else {
        None
    }
}
