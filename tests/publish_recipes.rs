//! The publishing recipes for staff (README "Publishing a change"): the
//! GitHub Actions workflow and the GitLab CI job run on a change of the
//! directory file, check it first and build with the same `make release`.

#![allow(clippy::unwrap_used)] // a failing test may panic

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn both_forges_check_the_file_then_build_with_make_release() {
    for (name, text) in [("GitHub", read(".github/workflows/publish.yml")), ("GitLab", read(".gitlab-ci.yml"))] {
        let check = text.find("make check-directory FILE=public/directory.json").unwrap();
        assert!(text[check..].contains("make release"), "{name}: checks the directory, then builds");
        assert!(text.contains("public/**"), "{name}: runs when public/directory.json changes");
        assert!(text.contains("dist"), "{name}: publishes dist/");
    }
    let makefile = read("Makefile");
    assert!(
        makefile.contains("\ncheck-directory:") && makefile.contains("\nrelease:") && makefile.contains("\npublish:")
    );
}
