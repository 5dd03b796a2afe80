//! Display settings for people who see poorly: high contrast, larger text,
//! less motion. Stored on this device (`wegweiser.<setting>`), set on
//! `<html data-…>` for the stylesheet, and applied before the first paint by
//! `pwa.js` (a blocking script in every page's head), so no page flashes in
//! the old look.
//! "Standard" is stored too: it overrides the system's `prefers-contrast`
//! and `prefers-reduced-motion`, which apply while nothing is stored.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::platform;
use crate::state::{spawn_in_browser, use_i18n, use_settings};

/// One setting: the name of its choices' group, the key it is kept under
/// (`wegweiser.<name>`) and the attribute it sets on `<html>` (`data-<name>`,
/// which the stylesheet and `pwa.js` use), its heading, choices, and
/// the system preference that picks the second choice while nothing is stored.
struct Setting {
    name: &'static str,
    key: &'static str,
    attribute: &'static str,
    heading: Msg,
    choices: &'static [(&'static str, Msg)],
    system: Option<&'static str>,
}

/// A row of [`SETTINGS`]: its key and attribute are written from its name
/// when the app is compiled (one name, no `format!` at run time).
macro_rules! setting {
    ($name:literal, $heading:expr, $choices:expr, $system:expr) => {
        Setting {
            name: $name,
            key: concat!("wegweiser.", $name),
            attribute: concat!("data-", $name),
            heading: $heading,
            choices: $choices,
            system: $system,
        }
    };
}

const SETTINGS: [Setting; 3] = [
    setting!(
        "contrast",
        Msg::DisplayContrast,
        &[("normal", Msg::DisplayStandard), ("more", Msg::ContrastMore)],
        Some("(prefers-contrast: more)")
    ),
    setting!(
        "text",
        Msg::DisplayTextSize,
        &[("normal", Msg::DisplayStandard), ("large", Msg::TextLarge), ("larger", Msg::TextLarger)],
        None
    ),
    setting!(
        "motion",
        Msg::DisplayMotion,
        &[("normal", Msg::DisplayStandard), ("reduce", Msg::MotionReduce)],
        Some("(prefers-reduced-motion: reduce)")
    ),
];

/// The settings' choices, one group each (a function like `read_aloud`).
pub fn display_settings() -> AnyView {
    let i18n = use_i18n();
    let settings = use_settings();
    let groups: Vec<_> = SETTINGS
        .iter()
        .map(|setting| {
            let &Setting { name, key, attribute, choices, system, .. } = setting;
            let chosen = RwSignal::new(String::from("normal"));
            // Nothing stored: what the system's preference gives is shown as chosen.
            spawn_in_browser(async move {
                match platform::load_setting(key) {
                    Some(stored) => chosen.set(stored),
                    None if system.is_some_and(platform::media_matches) => chosen.set(choices[1].0.to_string()),
                    None => {}
                }
            });
            let choices: Vec<_> = choices
                .iter()
                .map(|&(value, label)| {
                    let choose = move |_| {
                        // Applied now even where the device does not keep it.
                        platform::set_root_attribute(attribute, value);
                        settings.save(key, value);
                        chosen.set(value.to_string());
                    };
                    view! {
                        <li>
                            <label>
                                <input type="radio" name=name value=value
                                    prop:checked=move || chosen.get() == value on:change=choose/>
                                " "{i18n.t(label)}
                            </label>
                        </li>
                    }
                    .into_any()
                })
                .collect();
            view! {
                <fieldset class="choices">
                    <legend>{i18n.t(setting.heading)}</legend>
                    <ul>{choices}</ul>
                </fieldset>
            }
            .into_any()
        })
        .collect();
    view! {
        <section aria-labelledby="display-heading">
            <h2 id="display-heading">{i18n.t(Msg::DisplayHeading)}</h2>
            {groups}
        </section>
    }
    .into_any()
}
