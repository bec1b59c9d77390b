//! Times one page: `cargo run --release --example one -- FILE [N]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("read");
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let t = std::time::Instant::now();
    let page = lector::Page::from_bytes(&bytes);
    let parse = t.elapsed();
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(lector::extract(&page, &lector::Options::default()));
    }
    println!(
        "parse {:?}, extract {:?} per run",
        parse,
        t.elapsed() / n as u32
    );
}
