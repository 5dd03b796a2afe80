//! The status of an offer: ended, temporarily closed, unconfirmed.

use leptos::prelude::*;

use crate::components::text::{dated, localized_marked};
use crate::domain::{State, Status};
use crate::i18n::Msg;
use crate::state::use_i18n;

/// A short badge for lists; nothing for active offers.
pub fn status_badge(status: &Status) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let msg = match status.state {
        State::Active => return None,
        State::Ended => Msg::StatusEnded,
        State::TemporarilyClosed => Msg::StatusTemporarilyClosed,
        State::Unconfirmed => Msg::StatusUnconfirmed,
    };
    let class = format!("badge badge-{}", state_class(status.state));
    Some(view! { <p class=class>{i18n.t(msg)}</p> })
}

/// The full notice for an offer page; nothing for active offers without a notice.
pub fn status_notice(status: &Status) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let headline = match status.state {
        State::Active if status.notice.is_empty() => return None,
        State::Active => None,
        State::Ended => Some(Msg::StatusEnded),
        State::TemporarilyClosed => Some(Msg::StatusTemporarilyClosed),
        State::Unconfirmed => Some(Msg::StatusUnconfirmed),
    };
    let ended_on = status.ended_on.map(|d| view! { <p>{dated(Msg::StatusEndedOn, d)}</p> });
    let notice = (!status.notice.is_empty()).then(|| view! { <p>{localized_marked(status.notice.clone())}</p> });
    let class = format!("notice notice-{}", state_class(status.state));
    Some(view! {
        <div class=class role="note" data-testid="status-notice">
            {headline.map(|m| view! { <p class="notice-headline">{i18n.t(m)}</p> })}
            {ended_on}
            {notice}
        </div>
    })
}

fn state_class(state: State) -> &'static str {
    match state {
        State::Active => "active",
        State::Ended => "ended",
        State::TemporarilyClosed => "closed",
        State::Unconfirmed => "unconfirmed",
    }
}
