//! After the mouse rests (`hideCursorTime`, 5 s by default) the cursor
//! disappears over the deck (unless `hideInactiveCursor: false`) and the app
//! toolbar fades; moving or pressing the mouse brings both back.
//!
//! The state is two classes on `.dv-app`: `dv-idle` (toolbar, styled by
//! chrome.css) and `dv-cursor-hidden` (cursor, presenter.css).

use super::super::nav::Nav;
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
        nav: Nav,
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
                set_idle(nav, true, hide_cursor);
            } else {
                arm(
                    nav,
                    left.ceil() as u32,
                    wait,
                    hide_cursor,
                    last_active,
                    timer,
                );
            }
        })));
    }
    arm(nav, wait, wait, hide_cursor, last_active, timer);

    let active = move || {
        last_active.set_value(js_sys::Date::now());
        if timer.with_value(Option::is_none) {
            set_idle(nav, false, hide_cursor);
            arm(nav, wait, wait, hide_cursor, last_active, timer);
        }
    };
    // On the window, or on the `<deck-view>` element: the mouse elsewhere on
    // a host page says nothing about this deck.
    let host = super::super::host::use_host();
    // Kept in the component's arena: dropped (and so removed) with it.
    StoredValue::new_local((
        host.listen("mousemove", false, move |_| active()),
        host.listen("mousedown", false, move |_| active()),
    ));
    // A deck opened while the previous one was idle starts awake.
    Effect::new(move |done: Option<bool>| {
        if done != Some(true) && nav.reveal.get().is_some() {
            set_idle(nav, false, true);
            return true;
        }
        done.unwrap_or(false)
    });
}

fn set_idle(nav: Nav, idle: bool, hide_cursor: bool) {
    let Some(reveal) = nav.reveal.get_untracked() else {
        return;
    };
    let Some(app) = reveal.closest(".dv-app").ok().flatten() else {
        return;
    };
    let classes = app.class_list();
    let _ = classes.toggle_with_force("dv-idle", idle);
    let _ = classes.toggle_with_force("dv-cursor-hidden", idle && hide_cursor);
}
