//! Browser glue of the controllers: turns DOM events into moves and keeps
//! the address bar in sync. The rules themselves are in the pure modules.

pub mod keyboard;
pub mod location;
pub mod touch;
