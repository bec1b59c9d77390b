//! The `lector` command-line tool.

fn main() {
    let mut input = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut input).ok();
    let page = lector::Page::parse(&input);
    match lector::extract(&page, &lector::Options::default()) {
        Some(a) => println!("{}", serde_json::to_string_pretty(&a).unwrap_or_default()),
        None => {
            eprintln!("lector: no article found");
            std::process::exit(1);
        }
    }
}
