//! The speaker view's timers: time since it opened (with a reset), the wall
//! clock, and — when the deck plans its timing — pacing.

use crate::controllers::pacing::{self, format_clock, format_duration, Pacing};
use leptos::prelude::*;

/// The clock the timers read, ticking once a second.
#[derive(Clone, Copy)]
pub struct Clock {
    /// When the elapsed time counts from (ms since the epoch).
    pub started: RwSignal<f64>,
    /// Now (ms since the epoch), updated every second.
    pub now: RwSignal<f64>,
}

impl Clock {
    /// Starts counting now and ticks until the owner is disposed.
    pub fn start() -> Clock {
        let now = js_sys::Date::now();
        let clock = Clock {
            started: RwSignal::new(now),
            now: RwSignal::new(now),
        };
        let tick = set_interval_with_handle(
            move || clock.now.set(js_sys::Date::now()),
            std::time::Duration::from_millis(1000),
        );
        if let Ok(handle) = tick {
            on_cleanup(move || handle.clear());
        }
        clock
    }

    /// Seconds since the start (or the last reset).
    pub fn elapsed(&self) -> f64 {
        (self.now.get() - self.started.get()) / 1000.0
    }

    /// Counts from now again.
    pub fn reset(&self) {
        let now = js_sys::Date::now();
        self.now.set(now);
        self.started.set(now);
    }
}

/// Elapsed time, reset button, wall clock and pacing. `plan` is the planned
/// seconds per slide (reading order), `index` the current slide's place in it.
#[component]
pub fn Timers(clock: Clock, plan: Option<Vec<f64>>, index: Signal<usize>) -> impl IntoView {
    let wall = move || {
        let date = js_sys::Date::new(&clock.now.get().into());
        format_clock(date.get_hours(), date.get_minutes(), date.get_seconds())
    };
    let planned_total = plan.as_ref().map(|p| p.iter().sum::<f64>());
    let pacing_view = plan.map(|plan| {
        let plan = StoredValue::new(plan);
        let status = move || plan.with_value(|p| pacing::pacing(p, index.get(), clock.elapsed()));
        let class = move || match status() {
            Pacing::Ahead { .. } => "dv-speaker-pacing dv-pacing-ahead",
            Pacing::OnTrack { .. } => "dv-speaker-pacing dv-pacing-on-track",
            Pacing::Behind { .. } => "dv-speaker-pacing dv-pacing-behind",
        };
        let text = move || match status() {
            Pacing::Ahead { by } => format!("Ahead by {}", format_duration(by)),
            Pacing::OnTrack { left_on_slide } => {
                format!(
                    "On track · {} left on this slide",
                    format_duration(left_on_slide)
                )
            }
            Pacing::Behind { by } => format!("Behind by {}", format_duration(by)),
        };
        view! {
            <div class=class>
                <span class="dv-speaker-label">"Pacing"</span>
                <span class="dv-speaker-value">{text}</span>
                <span class="dv-speaker-sub">
                    {format!("planned {}", format_duration(planned_total.unwrap_or(0.0)))}
                </span>
            </div>
        }
    });
    view! {
        <div class="dv-speaker-timers" role="timer" aria-live="off">
            <div class="dv-speaker-elapsed">
                <span class="dv-speaker-label">"Elapsed"</span>
                <span class="dv-speaker-value">{move || format_duration(clock.elapsed())}</span>
                <button type="button" class="dv-speaker-reset" on:click=move |_| clock.reset()>
                    "Reset"
                </button>
            </div>
            <div class="dv-speaker-clock">
                <span class="dv-speaker-label">"Clock"</span>
                <span class="dv-speaker-value">{wall}</span>
            </div>
            {pacing_view}
        </div>
    }
}
