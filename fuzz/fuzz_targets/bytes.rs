//! Arbitrary bytes through decoding, parsing, the readerable check,
//! extraction (plain and forced) and the Markdown writer.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = lector::Page::from_bytes(data).with_url("https://fuzz.example/a/b.html");
    let _ = lector::is_probably_readerable(&page);
    for options in [lector::Options::default(), lector::Options::default().forced()] {
        if let Some(article) = lector::extract(&page, &options) {
            let _ = article.to_markdown();
            let bad = lector::safety::violations(&article.content);
            assert!(bad.is_empty(), "{bad:?} in output: {}", article.content);
            // Extraction is deterministic.
            assert_eq!(lector::extract(&page, &options).as_ref(), Some(&article));
        }
    }
});
