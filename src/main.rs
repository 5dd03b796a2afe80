//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    wegweiser::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Wegweiser runs in the browser: build it with `make serve`.");
}
