//! After the mouse rests (`hideCursorTime`, 5 s by default) the cursor
//! disappears over the deck (unless `hideInactiveCursor: false`) and the app
//! toolbar fades; moving or pressing the mouse brings both back.
//!
//! The state is two classes on `.dv-app`: `dv-idle` (toolbar, styled by
//! chrome.css) and `dv-cursor-hidden` (cursor, presenter.css).

use super::super::presentation::Nav;
use crate::controllers::presenter_options;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// Watches the mouse and sets the idle classes.
#[component]
pub fn IdleWatch() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let (wait, hide_cursor) = nav.deck.with_value(|d| {
        (
            presenter_options::hide_cursor_time(&d.options),
            presenter_options::hide_inactive_cursor(&d.options),
        )
    });
    let last_active = StoredValue::new(js_sys::Date::now());
    let timer = StoredValue::new_local(None::<Timeout>);

    // One timer at a time, not one per mousemove: when it fires early (the
    // mouse moved meanwhile) it waits out the rest.
    fn arm(
        after: u32,
        wait: u32,
        hide_cursor: bool,
        last_active: StoredValue<f64>,
        timer: StoredValue<Option<Timeout>, LocalStorage>,
    ) {
        timer.set_value(Some(Timeout::new(after, move || {
            let rested = js_sys::Date::now() - last_active.get_value();
            let left = f64::from(wait) - rested;
            if left <= 0.0 {
                timer.set_value(None);
                set_idle(true, hide_cursor);
            } else {
                arm(left.ceil() as u32, wait, hide_cursor, last_active, timer);
            }
        })));
    }
    arm(wait, wait, hide_cursor, last_active, timer);

    let active = move || {
        last_active.set_value(js_sys::Date::now());
        if timer.with_value(Option::is_none) {
            set_idle(false, hide_cursor);
            arm(wait, wait, hide_cursor, last_active, timer);
        }
    };
    let on_move = window_event_listener(leptos::ev::mousemove, move |_| active());
    let on_down = window_event_listener(leptos::ev::mousedown, move |_| active());
    on_cleanup(move || {
        on_move.remove();
        on_down.remove();
        set_idle(false, true);
    });
}

fn set_idle(idle: bool, hide_cursor: bool) {
    let Some(app) = document().query_selector(".dv-app").ok().flatten() else {
        return;
    };
    let classes = app.class_list();
    let _ = classes.toggle_with_force("dv-idle", idle);
    let _ = classes.toggle_with_force("dv-cursor-hidden", idle && hide_cursor);
}
