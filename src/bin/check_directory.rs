//! `check-directory <file> [--lang en]`: checks a directory file as the app
//! reads it and prints every problem as `file:line:column: place: message`
//! in plain German (or English), the same words the editor shows. Exits
//! with 1 when there is any problem, 2 when the file cannot be read.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use wegweiser::i18n::{editor::check_file, Lang};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = if args.windows(2).any(|w| w[0] == "--lang" && w[1] == "en") { Lang::En } else { Lang::De };
    let Some(path) = args.iter().find(|a| !a.starts_with("--") && *a != "en") else {
        eprintln!("usage: check-directory <directory.json> [--lang en]");
        return std::process::ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let problems = check_file(lang, &text);
    for p in &problems {
        match (p.line, p.column) {
            (Some(line), Some(column)) => println!("{path}:{line}:{column}: {}", p.text),
            _ => println!("{path}: {}", p.text),
        }
    }
    if problems.is_empty() {
        println!("{path}: in Ordnung / OK");
        std::process::ExitCode::SUCCESS
    } else {
        eprintln!("{path}: {} Problem(e) / problem(s)", problems.len());
        std::process::ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
