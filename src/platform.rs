//! Browser glue behind small functions, so pages and components never call
//! `web_sys` directly. Every failure becomes a value, never a panic.

use wasm_bindgen::JsCast;

/// Fetches a text file of this site: `path` below its base path
/// (`/locales/de.ftl`; see [`crate::route::asset`]).
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(&crate::route::asset(path)).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {} {}", response.status(), response.status_text()));
    }
    response.text().await.map_err(|e| e.to_string())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A small setting kept on this device (localStorage, this site's own:
/// [`crate::route::scoped`]); `None` if unavailable.
pub fn load_setting(key: &str) -> Option<String> {
    local_storage()?.get_item(&crate::route::scoped(key)).ok().flatten()
}

/// Stores a small setting on this device; false when the browser refused
/// (storage blocked, private mode, quota): the caller says so
/// ([`crate::state::Settings::save`]).
#[must_use]
pub fn save_setting(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(&crate::route::scoped(key), value).is_ok())
}

/// The site's base path as the build wrote it into the page
/// (`<meta name="wegweiser-base" content="/wegweiser/">`); `/` without one.
pub fn site_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=wegweiser-base]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "/".into())
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let navigator = window.navigator();
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `lang` and `dir` on `<html>` so the whole document follows the UI language.
pub fn set_document_language(lang: &str, dir: &str) {
    set_root_attribute("lang", lang);
    set_root_attribute("dir", dir);
}

/// Sets an attribute of `<html>`: `lang` and `dir`, and the display settings
/// (`data-contrast`), which the stylesheet reads (`pwa.js` applies the
/// stored ones before the first paint).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// Whether a media query matches (`(prefers-contrast: more)`).
pub fn media_matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}

/// Removes `name=…` from the address bar without a navigation (before the
/// router starts, so it reads the cleaned address).
pub fn remove_query_param(name: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return };
    let prefix = format!("{name}=");
    let kept: Vec<&str> =
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with(&prefix)).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// Sets the document title (what screen readers announce and tabs show).
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the main content after navigation (screen readers
/// then announce the new page instead of staying on the old link).
pub fn focus_main() {
    focus_id("main");
}

/// After the next render, focuses the first of `ids` that exists and is
/// enabled: where a list is drawn anew under a keyboard user, focus must not
/// fall back to the page.
pub fn focus_after_render(ids: Vec<String>) {
    let Some(window) = web_sys::window() else { return };
    let focus_first = wasm_bindgen::closure::Closure::once_into_js(move || {
        for id in &ids {
            if focus_id(id) {
                break;
            }
        }
    });
    let _ = window.request_animation_frame(focus_first.unchecked_ref());
}

/// Call where a keyed list is about to move its entries: the browser takes
/// focus away from an element that is moved in the document, so this notes
/// the focused element (by id) and its caret, and right after the render puts
/// both back (which also scrolls it into view). A user typing in an entry
/// that moves keeps typing in it. Nothing happens when focus survived.
pub fn keep_focus_across_render() {
    let Some(window) = web_sys::window() else { return };
    let Some(active) = window.document().and_then(|d| d.active_element()) else { return };
    let id = active.id();
    if id.is_empty() {
        return;
    }
    let caret = active
        .dyn_ref::<web_sys::HtmlInputElement>()
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    let restore = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if document.active_element().is_some_and(|a| a.id() == id) || !focus_id(&id) {
            return;
        }
        let input = document.active_element().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let (Some((start, end)), Some(input)) = (caret, input) {
            let _ = input.set_selection_range(start, end);
        }
    });
    window.queue_microtask(restore.unchecked_ref());
}

/// A new hidden `<div id=…>` at the end of `<body>`, for the app to be drawn
/// into while the page still shows what it showed.
pub fn hidden_root(id: &str) -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let root = document.create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    root.set_id(id);
    root.set_hidden(true);
    document.body()?.append_child(&root).ok()?;
    Some(root)
}

/// Removes the element `old` and shows the hidden element `new` in its place,
/// in one task (no frame is painted in between; the scroll position stays).
pub fn take_over(old: &str, new: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(element) = document.get_element_by_id(old) {
        element.remove();
    }
    if let Some(element) = document.get_element_by_id(new).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        element.set_hidden(false);
    }
}

/// Focuses the element with this `id`; false when there is none or it is disabled.
pub fn focus_id(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) if !element.has_attribute("disabled") => element.focus().is_ok(),
        _ => false,
    }
}

/// The current time as Unix seconds (the device clock).
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Calls `handler` whenever the window fires the event `name` (for the PWA
/// events of `public/pwa.js` and `online`/`offline`). Lives as long as the page.
pub fn on_window_event(name: &str, handler: impl FnMut() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(handler);
    let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// `window.wegweiser`, the object `public/pwa.js` sets up.
fn pwa_api() -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"wegweiser".into()).ok().filter(|v| v.is_object())
}

/// A boolean flag of `window.wegweiser` (`updateReady`, `installable`).
pub fn pwa_flag(name: &str) -> bool {
    pwa_api().and_then(|api| js_sys::Reflect::get(&api, &name.into()).ok()).is_some_and(|v| v.is_truthy())
}

/// Calls a method of `window.wegweiser` (`activateUpdate`, `install`,
/// `clearSite`); what it returns (a promise, for one that works on).
pub fn pwa_call(name: &str) -> Option<wasm_bindgen::JsValue> {
    let api = pwa_api()?;
    let f = js_sys::Reflect::get(&api, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    f.call0(&api).ok()
}

/// Whether the browser believes it is online.
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// An iPhone or iPad browser that is not yet running the installed app: the
/// only way to install there is Share → Add to Home Screen.
pub fn needs_ios_install_hint() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let ua = window.navigator().user_agent().unwrap_or_default();
    // iPadOS Safari presents itself as a Mac; its touch screen tells them apart.
    let ipad_as_mac = ua.contains("Macintosh") && window.navigator().max_touch_points() > 0;
    let ios = ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") || ipad_as_mac;
    let standalone = js_sys::Reflect::get(&window.navigator(), &"standalone".into()).is_ok_and(|v| v.is_truthy());
    ios && !standalone
}

/// The answer to a conditional download.
pub enum Fetched {
    /// `304 Not Modified`: the stored copy is current.
    NotModified,
    /// A new body, with its entity tag if the server sent one.
    Body { text: String, etag: Option<String> },
}

/// Downloads the site's file at `path` (below the base path) bypassing the
/// HTTP cache, conditionally on `etag`.
pub async fn fetch_conditional(path: &str, etag: Option<&str>) -> Result<Fetched, String> {
    let mut request = gloo_net::http::Request::get(&crate::route::asset(path)).cache(web_sys::RequestCache::NoCache);
    if let Some(etag) = etag {
        request = request.header("If-None-Match", etag);
    }
    let response = request.send().await.map_err(|e| e.to_string())?;
    match response.status() {
        304 => Ok(Fetched::NotModified),
        200 => {
            let etag = response.headers().get("etag");
            let text = response.text().await.map_err(|e| e.to_string())?;
            Ok(Fetched::Body { text, etag })
        }
        status => Err(format!("HTTP {status} {}", response.status_text())),
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    Some(web_sys::window()?.navigator().storage())
}

async fn promise(p: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<wasm_bindgen::JsValue> {
    wasm_bindgen_futures::JsFuture::from(p.ok()?).await.ok()
}

/// Bytes this site stores on the device, as the browser estimates them.
pub async fn storage_used() -> Option<u64> {
    let estimate = promise(storage_manager()?.estimate()).await?;
    js_sys::Reflect::get(&estimate, &"usage".into()).ok()?.as_f64().map(|v| v as u64)
}

/// Whether the browser keeps this site's data even when space runs low.
pub async fn storage_persisted() -> Option<bool> {
    promise(storage_manager()?.persisted()).await?.as_bool()
}

/// Asks for persistent storage (`navigator.storage.persist()`); the answer.
pub async fn request_persistent_storage() -> Option<bool> {
    promise(storage_manager()?.persist()).await?.as_bool()
}

/// Now as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
pub fn now_iso() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", iso.get(..19).unwrap_or("1970-01-01T00:00:00"))
}

/// A fresh id: time and randomness, unique on this device.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}-{}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e9) as u64)
}

/// Offers `text` as a file download named `name` (nothing leaves the device).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the first file chosen in an `<input type="file">`.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?;
    text.as_string()
}

/// Asks "are you sure?" with the browser's own dialog.
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false)
}

/// Forgets the settings (localStorage) and the service worker's caches.
pub async fn clear_settings_and_caches() {
    // pwa.js knows the names (this site's only: another one on the same host
    // keeps its own; see `crate::route::scoped` and public/sw.js).
    if let Some(done) = pwa_call("clearSite").and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        let _ = promise(Ok(done)).await;
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// How sharing went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    ShareSheet,
    /// No share sheet here: the link is on the clipboard.
    Copied,
    /// Neither worked (or the user cancelled).
    Failed,
}

/// Shares a link: the system share sheet where there is one (`navigator.share`),
/// else the clipboard. Nothing is sent anywhere by the app itself.
pub async fn share_link(title: &str, text: &str, url: &str) -> Shared {
    let Some(window) = web_sys::window() else { return Shared::Failed };
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    let get = |target: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(target, &name.into()).ok();
    let method = |target: &wasm_bindgen::JsValue, name: &str| {
        get(target, name).and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    // Calls `f` on `this` with `arg` and waits for the promise it returns.
    async fn settles(f: js_sys::Function, this: &wasm_bindgen::JsValue, arg: &wasm_bindgen::JsValue) -> bool {
        let returned = f.call1(this, arg).and_then(|p| p.dyn_into::<js_sys::Promise>());
        promise(returned).await.is_some()
    }
    if let Some(share) = method(&navigator, "share") {
        let data = js_sys::Object::new();
        for (key, value) in [("title", title), ("text", text), ("url", url)] {
            let _ = js_sys::Reflect::set(&data, &key.into(), &value.into());
        }
        return if settles(share, &navigator, &data).await { Shared::ShareSheet } else { Shared::Failed };
    }
    let Some(clipboard) = get(&navigator, "clipboard").filter(|c| c.is_object()) else { return Shared::Failed };
    let Some(write) = method(&clipboard, "writeText") else { return Shared::Failed };
    if settles(write, &clipboard, &url.into()).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}

/// The query part of the address (`?a=b`), empty when there is none.
pub fn query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// This page's origin, e.g. `https://wegweiser.example` (for shareable links).
pub fn origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Opens the browser's print dialog (the page's print stylesheet makes the slip).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The name and text of the first file dropped in a drag-and-drop `event`.
pub async fn read_dropped_file(event: &web_sys::DragEvent) -> Option<(String, String)> {
    let file = event.data_transfer()?.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?;
    Some((file.name(), text.as_string()?))
}

/// The name of the first file chosen in an `<input type="file">`.
pub fn chosen_file_name(input: &web_sys::HtmlInputElement) -> Option<String> {
    Some(input.files()?.get(0)?.name())
}

/// Asks the browser to warn before the page is left while `warn()` says so
/// (the browser shows its own text).
pub fn warn_before_leaving(warn: impl Fn() -> bool + 'static) {
    let Some(window) = web_sys::window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if warn() {
            event.prevent_default();
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
        }
    });
    let _ = window.add_event_listener_with_callback("beforeunload", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// True when `event` (a click) was on a link or inside one.
pub fn is_link_click(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a").ok().flatten())
        .is_some()
}

/// Whether the browser can open a file for writing back (File System Access API).
pub fn can_save_back() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"showOpenFilePicker".into()).unwrap_or(false))
}

async fn call_async(
    target: &wasm_bindgen::JsValue,
    name: &str,
    args: &js_sys::Array,
) -> Result<wasm_bindgen::JsValue, String> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("{name} is not available"))?;
    let value = f.apply(target, args).map_err(|_| format!("{name} failed"))?;
    match value.dyn_into::<js_sys::Promise>() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "failed".into())
        }),
        Err(value) => Ok(value),
    }
}

/// Lets the user pick a JSON file to edit and save back: its handle, name and
/// text; `None` when cancelled or not possible.
pub async fn pick_file_to_save_back() -> Option<(wasm_bindgen::JsValue, String, String)> {
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let options = js_sys::Object::new();
    let accept = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&accept, &"application/json".into(), &js_sys::Array::of1(&".json".into()));
    let kind = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&kind, &"accept".into(), &accept);
    let _ = js_sys::Reflect::set(&options, &"types".into(), &js_sys::Array::of1(&kind));
    let handles = call_async(&window, "showOpenFilePicker", &js_sys::Array::of1(&options)).await.ok()?;
    let handle = js_sys::Reflect::get(&handles, &0.into()).ok().filter(|h| h.is_object())?;
    let file = call_async(&handle, "getFile", &js_sys::Array::new()).await.ok()?;
    let name = js_sys::Reflect::get(&file, &"name".into()).ok()?.as_string()?;
    let text = call_async(&file, "text", &js_sys::Array::new()).await.ok()?.as_string()?;
    Some((handle, name, text))
}

/// Writes `text` into the file behind `handle` (from [`pick_file_to_save_back`]).
pub async fn save_back(handle: &wasm_bindgen::JsValue, text: &str) -> Result<(), String> {
    let writable = call_async(handle, "createWritable", &js_sys::Array::new()).await?;
    call_async(&writable, "write", &js_sys::Array::of1(&text.into())).await?;
    call_async(&writable, "close", &js_sys::Array::new()).await?;
    Ok(())
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    // Read as a plain property: absent (or removed) means no read aloud.
    let value = js_sys::Reflect::get(&web_sys::window()?.into(), &"speechSynthesis".into()).ok()?;
    (value.is_object()).then(|| value.unchecked_into())
}

/// Whether this browser can read aloud at all (the button is hidden otherwise).
pub fn can_speak() -> bool {
    synthesis().is_some()
}

/// The device's voices, as the browser listed them (an empty list where it
/// has not loaded them yet).
pub struct DeviceVoices(js_sys::Array);

pub fn speech_voices() -> DeviceVoices {
    DeviceVoices(synthesis().map(|s| s.get_voices()).unwrap_or_default())
}

impl DeviceVoices {
    /// What read aloud chooses from ([`crate::speech::choose`]), in the same order.
    pub fn list(&self) -> Vec<crate::speech::Voice> {
        self.0
            .iter()
            .map(|v| {
                let v: web_sys::SpeechSynthesisVoice = v.unchecked_into();
                crate::speech::Voice { lang: v.lang(), local: v.local_service() }
            })
            .collect()
    }
}

/// Reads `pieces` aloud with the voice at `index` of `voices`, one utterance
/// per piece (a pause between them), and reports each: `report(i, None)`
/// when piece `i` has been spoken, `report(i, Some(stopped))` when it could
/// not be: `stopped` when something stopped it (another reading, the device)
/// rather than the voice failing. (After [`speech_stop`]: whatever was
/// queued before is gone.)
pub fn speak(
    pieces: &[String],
    voices: &DeviceVoices,
    index: usize,
    report: impl Fn(usize, Option<bool>) + Copy + 'static,
) {
    let Some(synth) = synthesis() else { return report(0, Some(false)) };
    let voice: web_sys::SpeechSynthesisVoice = voices.0.get(index as u32).unchecked_into();
    let lang = voice.lang();
    let mut queued = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(piece) else {
            return report(i, Some(false));
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&lang);
        // One handler for `end` and `error`: an error's event says why
        // (`SpeechSynthesisErrorEvent.error`; "interrupted" and "canceled"
        // are a stop).
        let handler = wasm_bindgen::closure::Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |event| {
            let error = js_sys::Reflect::get(&event, &"error".into()).ok().and_then(|v| v.as_string());
            report(i, error.map(|e| e == "interrupted" || e == "canceled"))
        })
        .into_js_value();
        utterance.set_onend(Some(handler.unchecked_ref()));
        utterance.set_onerror(Some(handler.unchecked_ref()));
        synth.speak(&utterance);
        queued.push(utterance);
    }
    SPEAKING.set(queued);
}

thread_local! {
    /// What is being read aloud, held until it is stopped or replaced:
    /// Chrome loses the events of an utterance the page keeps no reference
    /// to (collected as garbage while queued, its `end` never comes).
    static SPEAKING: std::cell::RefCell<Vec<web_sys::SpeechSynthesisUtterance>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Speaks nothing: Safari on iOS (also as an installed app) ignores what a
/// page asks it to speak later, after a timer, unless the page used speech
/// synthesis during a tap; a reading that has to wait is primed in the tap.
pub fn speech_prime() {
    if let (Some(synth), Ok(nothing)) = (synthesis(), web_sys::SpeechSynthesisUtterance::new_with_text("")) {
        synth.speak(&nothing);
    }
}

/// Stops reading aloud, and what was queued with it. (Also how read aloud
/// pauses: `speechSynthesis.pause()` ends the utterance on Android, in
/// Chrome and Firefox alike, and `resume()` then does nothing.)
pub fn speech_stop() {
    if let Some(s) = synthesis() {
        s.cancel();
    }
    SPEAKING.take();
}

/// What read aloud reads of the element with this id (`main`, or a part).
pub fn spoken_pieces(id: &str) -> Vec<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .map(|m| crate::speech::pieces::<web_sys::Node>(&m))
        .unwrap_or_default()
}

/// The DOM as read aloud walks it.
impl crate::speech::PageNode for web_sys::Node {
    fn text(&self) -> Option<String> {
        (self.node_type() == web_sys::Node::TEXT_NODE).then(|| self.node_value()).flatten()
    }
    fn element(&self) -> Option<String> {
        (self.node_type() == web_sys::Node::ELEMENT_NODE).then(|| self.unchecked_ref::<web_sys::Element>().local_name())
    }
    fn attribute(&self, name: &str) -> Option<String> {
        // (Asked of elements only: see the trait.)
        self.unchecked_ref::<web_sys::Element>().get_attribute(name)
    }
    fn first_child(&self) -> Option<Self> {
        web_sys::Node::first_child(self)
    }
    fn next_sibling(&self) -> Option<Self> {
        web_sys::Node::next_sibling(self)
    }
}
