//! Scaling benchmark for bad and huge input: each case of
//! `tests/support/hostile.rs` at 1x, 10x and 100x (100x is the full size the
//! robustness tests use), timed and with its peak heap measured. Run with
//! `make bench`. Linear work shows as time ratios near 10 and 100; memory is
//! reported as peak heap over input size.
//!
//! Writes `target/bench/scaling.json`.

#[path = "../tests/support/hostile.rs"]
mod hostile;

use std::path::Path;
use std::time::Instant;

#[global_allocator]
static METER: hostile::Meter = hostile::Meter;

fn main() {
    println!("scaling: parse + readerable + extract, best of 3 (time), peak heap / input bytes");
    println!(
        "{:<11} {:>6} {:>10} {:>10} {:>8} {:>9}",
        "case", "scale", "input MB", "ms", "x time", "heap/in"
    );
    let mut report = serde_json::Map::new();
    for case in hostile::cases() {
        let mut rows = Vec::new();
        let mut base_ms = 0.0;
        for factor in [1, 10, 100] {
            let bytes = (case.make)(case.full / 100 * factor);
            let mut best = f64::MAX;
            let mut peak = 0;
            for _ in 0..3 {
                let t = Instant::now();
                let (out, p) = hostile::peak_during(|| hostile::run(&bytes));
                std::hint::black_box(out);
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
                peak = peak.max(p);
            }
            if factor == 1 {
                base_ms = best;
            }
            let heap_ratio = peak as f64 / bytes.len() as f64;
            println!(
                "{:<11} {:>5}x {:>10.2} {:>10.2} {:>8.1} {:>9.2}",
                case.name,
                factor,
                bytes.len() as f64 / 1e6,
                best,
                best / base_ms,
                heap_ratio
            );
            rows.push(serde_json::json!({
                "scale": factor,
                "input_bytes": bytes.len(),
                "ms": best,
                "time_ratio": best / base_ms,
                "peak_heap_bytes": peak,
                "peak_heap_over_input": heap_ratio,
            }));
        }
        report.insert(case.name.into(), rows.into());
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&out);
    let path = out.join("scaling.json");
    match std::fs::write(
        &path,
        serde_json::to_string_pretty(&report).unwrap_or_default(),
    ) {
        Ok(()) => println!("wrote {}", path.display()),
        Err(e) => eprintln!("cannot write {}: {e}", path.display()),
    }
}
