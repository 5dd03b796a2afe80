//! `prerender <site-dir>`: writes the static pages into a built site (the
//! build hook calls it on Trunk's staging directory). See `wegweiser::prerender`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <site-dir>");
        return std::process::ExitCode::FAILURE;
    };
    // The build's time (reproducible with SOURCE_DATE_EPOCH).
    let now = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
    });
    match wegweiser::prerender::write_site(std::path::Path::new(&site), now) {
        Ok(count) => {
            println!("prerender: {count} static pages written to {site}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
