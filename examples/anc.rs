fn main() {
    let a: Vec<String> = std::env::args().collect();
    println!(
        "{}",
        lector::debug_ancestors(&std::fs::read(&a[1]).unwrap(), &a[2])
    );
}
