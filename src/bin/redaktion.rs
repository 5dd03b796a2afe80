//! Mounts the editor (`/redaktion/`); everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    wegweiser::editor::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The editor runs in the browser at /redaktion/: build it with `make serve`.");
}
