//! The static pages: every route the app knows at build time, rendered by the
//! app's own components (Leptos' `ssr`, natively) into Trunk's `index.html`,
//! so a page's content, its `tel:` links and the emergency numbers are there
//! before the wasm has arrived, and without JavaScript at all. The app
//! replaces the page in place when it has started (see `app::mount`).
//! Run by the build hook through `src/bin/prerender.rs`.

use std::path::Path;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::app::App;
use crate::domain::Directory;
use crate::route::{Route, SearchParams};
use crate::state::{Boot, TitleSink};

/// One static page: the path the app answers and the file a host serves for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub path: String,
    pub file: String,
}

/// The app's content-less page (the boot screen) for the service worker and
/// for hosts that answer unknown paths with one file.
pub const SHELL: &str = "shell.html";
/// The page for paths the app does not know.
pub const NOT_FOUND: &str = "404.html";

/// Every page: home, emergency numbers, search, about, my contacts, the
/// referral page's frame, every topic, every offer, and the not-found page.
/// `/offer/<id>` is the file `offer/<id>.html`: no host redirects it to a
/// trailing slash, as some do for `offer/<id>/index.html`.
pub fn pages(dir: &Directory) -> Vec<Page> {
    let mut routes = vec![
        Route::Home,
        Route::Emergency,
        Route::Search(SearchParams::default()),
        Route::About,
        Route::Contacts,
        Route::Referral { offers: Vec::new(), lang: None },
    ];
    routes.extend(dir.categories.iter().map(|c| Route::Category(c.id.clone())));
    routes.extend(dir.services.iter().map(|s| Route::Offer(s.id.clone())));
    let mut pages: Vec<Page> = routes
        .iter()
        .map(|r| {
            let file = match r.path().trim_start_matches('/') {
                "" => "index.html".to_string(),
                p => format!("{p}.html"),
            };
            Page { path: r.href(), file }
        })
        .collect();
    pages.push(Page { path: crate::route::asset("/404"), file: NOT_FOUND.into() });
    pages
}

/// The page at `path` as the app draws it on a first start in German at
/// `now_unix`: its title and the markup of `<body>`'s app part.
pub fn render(dir: &Arc<Directory>, path: &str, now_unix: i64) -> (String, String) {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        let title = RwSignal::new(String::new());
        provide_context(TitleSink(title));
        let directory = Arc::clone(dir);
        let html = view! { <App directory boot=Boot::prerender(now_unix)/> }.to_html();
        // Leptos marks view boundaries with empty comments for hydration; the
        // app replaces the static page instead, so they go.
        (title.get_untracked(), html.replace("<!>", ""))
    })
}

/// `template` (Trunk's `index.html`) with `title`, the stylesheet inline
/// (so the page paints with its first bytes) and `body` in place of the boot
/// screen; the `<noscript>` note goes (the page works without script).
pub fn fill(template: &str, css: &str, title: &str, body: &str) -> Result<String, String> {
    let mut html = template.to_string();
    let a = html.find("<title>").ok_or("index.html: no <title>")?;
    let b = a + html[a..].find("</title>").ok_or("index.html: no </title>")? + "</title>".len();
    html.replace_range(a..b, &format!("<title>{}</title>", escape(title)));
    let link =
        html.find("rel=\"stylesheet\"").or_else(|| html.find("rel=stylesheet")).ok_or("index.html: no stylesheet")?;
    let start = html[..link].rfind("<link").ok_or("index.html: no <link")?;
    let end = start + html[start..].find('>').ok_or("index.html: unclosed <link")? + 1;
    // It names the file it came from: pwa.js hands the text to the service
    // worker as that file, so a first visit does not download it again.
    let href = attribute_value(&html[start..end], "href").ok_or("index.html: stylesheet without href")?;
    html.replace_range(start..end, &format!("<style data-href=\"{}\">{css}</style>", attribute(&href)));
    // The body holds only the boot screen and the <noscript> note (index.html).
    let open = html.find("<body").ok_or("index.html: no <body>")?;
    let start = open + html[open..].find('>').ok_or("index.html: unclosed <body>")? + 1;
    let end = html.rfind("</body>").unwrap_or(html.len());
    html.replace_range(start..end, &format!("<div id=boot class=static-page>{body}</div>"));
    Ok(html)
}

/// An attribute's value in `tag` (quoted or, minified, not), as written.
fn attribute_value(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
        _ => rest.split([' ', '>']).next()?,
    };
    (!value.is_empty()).then(|| value.to_string())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Writes every static page into `site` (Trunk's staging directory), from
/// its `index.html`, stylesheet and `directory/de.json`; the template itself
/// is kept as [`SHELL`]. Returns how many pages were written.
pub fn write_site(site: &Path, now_unix: i64) -> Result<usize, String> {
    let read = |name: &str| std::fs::read_to_string(site.join(name)).map_err(|e| format!("{name}: {e}"));
    // Run again on the same site, the template is the shell written the first time.
    let template = read(SHELL).or_else(|_| read("index.html"))?;
    // The site's base path, as the build hook wrote it into the page.
    crate::route::set_base(&site_base(&template));
    let css_name = stylesheet_name(&template).ok_or("index.html: no stylesheet link")?;
    let css = read(&css_name)?;
    let dir = Arc::new(crate::domain::parse_directory(&read("directory/de.json")?).map_err(|e| e.to_string())?);
    let template = brand(&template, &dir, std::env::var("WEGWEISER_THEME_COLOR").ok().as_deref());
    std::fs::write(site.join(SHELL), &template).map_err(|e| format!("{SHELL}: {e}"))?;
    let pages = pages(&dir);
    for page in &pages {
        let (title, body) = render(&dir, &page.path, now_unix);
        let html = fill(&template, &css, &title, &body)?;
        let file = site.join(&page.file);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", page.file))?;
    }
    Ok(pages.len())
}

/// The template with the town's name (the directory's): the title and the
/// boot screen's brand "Wegweiser <town>", the description "Wegweiser <town>:
/// <tagline>", and the theme colour when one is given (`site.json`). Works on
/// Trunk's minified `index.html` and again on a page it wrote before.
pub fn brand(template: &str, dir: &Directory, theme_color: Option<&str>) -> String {
    use crate::i18n::{app_name, tr, Lang, Msg};
    let name = app_name(Lang::De, &dir.municipality.name);
    let mut html = template.to_string();
    replace_inner(&mut html, "<title>", "</title>", &escape(&name));
    replace_inner(&mut html, "class=boot-brand>", "</p>", &escape(&name));
    let description = format!("{name}: {}", tr(Lang::De, Msg::Tagline));
    replace_tag(
        &mut html,
        "name=description",
        &format!("<meta content=\"{}\" name=description>", attribute(&description)),
    );
    if let Some(color) = theme_color.filter(|c| c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())) {
        replace_tag(&mut html, "name=theme-color", &format!("<meta content={color} name=theme-color>"));
    }
    html
}

/// Replaces what stands between `open` and the next `close`.
fn replace_inner(html: &mut String, open: &str, close: &str, inner: &str) {
    if let Some(a) = html.find(open).map(|a| a + open.len()) {
        if let Some(b) = html[a..].find(close).map(|b| a + b) {
            html.replace_range(a..b, inner);
        }
    }
}

/// Replaces the whole tag that contains `marker`.
fn replace_tag(html: &mut String, marker: &str, tag: &str) {
    if let Some(at) = html.find(marker) {
        if let (Some(a), Some(b)) = (html[..at].rfind('<'), html[at..].find('>').map(|b| at + b + 1)) {
            html.replace_range(a..b, tag);
        }
    }
}

fn attribute(text: &str) -> String {
    escape(text).replace('"', "&quot;")
}

/// The `content` of `<meta name="wegweiser-base">` (quoted or, minified, not); `/` without one.
pub fn site_base(template: &str) -> String {
    let Some(at) = template.find("name=wegweiser-base").or_else(|| template.find("name=\"wegweiser-base\"")) else {
        return "/".into();
    };
    let start = template[..at].rfind('<').unwrap_or(0);
    let end = at + template[at..].find('>').unwrap_or(template.len() - at);
    attribute_value(&template[start..end], "content").unwrap_or_else(|| "/".into())
}

/// The stylesheet's file name in Trunk's `index.html` (`<base>main-<hash>.css`).
fn stylesheet_name(template: &str) -> Option<String> {
    let at = template.find(".css")?;
    let start = template[..at].rfind(['"', '\'', '='])? + 1;
    let href = &template[start..at + 4];
    Some(href.strip_prefix(crate::route::base()).unwrap_or(href).trim_start_matches('/').to_string())
}
