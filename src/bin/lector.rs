//! The `lector` command-line tool: the article alone, out of saved pages.
//!
//! One page prints in the chosen format; several pages (or a directory)
//! are read in parallel and print as JSON Lines in input order. See
//! [`HELP`] for the exit codes.

use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};

use serde::Serialize;

/// The reader stylesheet, shared with the extension and the web demo.
const READER_CSS: &str = include_str!("../../extension/reader.css");

/// The reader page may load images from the web and nothing else: no
/// scripts, frames, fonts or style sheets from the article can run or leak.
const CSP: &str = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";

const HELP: &str = "\
lector: the article alone, out of any web page

USAGE:
    lector [OPTIONS] [FILE]...
    lector warc [--force] [--jobs N] [FILE]...

Reads HTML from each FILE (`-` or no FILE: standard input). The page's
character encoding is taken from its byte-order mark or <meta charset>.

With one input, prints its article in the chosen format. With several
inputs, or a directory (searched recursively for *.html and *.htm), reads
the pages in parallel on all cores and prints one JSON object per page, in
input order (JSON Lines):
    {\"file\": ..., \"article\": {...} | null, \"readerable\": bool, \"error\": null | \"...\"}

`lector warc` reads web archives (WARC or WARC.gz, such as Common Crawl's)
and prints one JSON object per HTML response (HTTP 2xx, text/html), in
file order; other records are skipped. A page without a charset of its own
is read in its HTTP Content-Type's charset:
    {\"url\": ..., \"warcDate\": ..., \"article\": {...} | null,
     \"readerable\": bool, \"error\": null | \"...\"}
(To read a saved page named `warc`, write `./warc`.)

OPTIONS:
    -f, --format FORMAT  html (default): a standalone reader page
                         json: the article object, plus \"readerable\"
                         text: the title, a blank line, the plain text
                         markdown: CommonMark, with GFM tables
                         (several inputs always print JSON Lines)
    -u, --url URL        the page's address, for its links and images
                         (one input only; default: the file's file:// URL)
        --force          print the best attempt even where the page does
                         not look like an article
        --explain        list the page's blocks in order, each kept or
                         removed with the rule that removed it, and why
                         the article's container won (one input only;
                         with --format json, as JSON)
    -j, --jobs N         read at most N pages at once (default: all cores)
    -h, --help           print this help
    -V, --version        print the version

EXIT STATUS:
    0  an article was found (several inputs: in every page;
       warc: every archive was read to its end)
    1  no article was found (several inputs: in at least one page)
    2  an input could not be read, or the command line is wrong;
       this wins over 1
";

/// `--format json`: the article's fields, then `readerable`.
#[derive(Serialize)]
struct JsonArticle<'a> {
    #[serde(flatten)]
    article: &'a lector::Article,
    readerable: bool,
}

/// One line of batch output.
#[derive(Serialize)]
struct BatchLine<'a> {
    file: &'a str,
    article: Option<&'a lector::Article>,
    readerable: bool,
    error: Option<&'a str>,
}

/// How to print one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Html,
    Json,
    Text,
    Markdown,
}

/// The parsed command line.
#[derive(Debug, Default)]
struct Args {
    format: Option<Format>,
    url: Option<String>,
    force: bool,
    explain: bool,
    jobs: Option<usize>,
    inputs: Vec<PathBuf>,
}

/// What the command line asks for.
enum Command {
    Help,
    Version,
    Run(Args),
}

fn main() -> ExitCode {
    // Panics are caught per page and reported as that page's error; the
    // default hook would also print a backtrace notice amid the output.
    std::panic::set_hook(Box::new(|_| {}));
    let mut argv = std::env::args_os().skip(1).peekable();
    let warc = argv.peek().is_some_and(|a| a == "warc");
    if warc {
        argv.next();
    }
    let mut args = match parse_args(argv) {
        Ok(Command::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("lector {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run(args)) => args,
        Err(msg) => {
            eprintln!("lector: {msg}\nTry 'lector --help' for more information.");
            return ExitCode::from(2);
        }
    };
    // Without a FILE, a terminal on stdin means nobody is piping a page in;
    // waiting silently would look like a hang.
    if args.inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!("lector: no input: give a FILE, or pipe a page to standard input");
            eprintln!("Try 'lector --help' for more information.");
            return ExitCode::from(2);
        }
        args.inputs.push(PathBuf::from("-"));
    }
    if warc {
        return ExitCode::from(run_warc(&args));
    }
    let batch = args.inputs.len() > 1 || args.inputs.iter().any(|p| p.is_dir());
    if args.explain {
        if batch {
            eprintln!("lector: --explain reads a single page");
            return ExitCode::from(2);
        }
        return ExitCode::from(run_explain(&args));
    }
    if batch {
        if args.url.is_some() {
            eprintln!("lector: --url applies to a single input only");
            return ExitCode::from(2);
        }
        if args.format.is_some_and(|f| f != Format::Json) {
            eprintln!("lector: several inputs print JSON Lines; use --format json or none");
            return ExitCode::from(2);
        }
        ExitCode::from(run_batch(&args))
    } else {
        ExitCode::from(run_single(&args))
    }
}

fn parse_args(mut it: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut args = Args::default();
    let mut only_files = false;
    while let Some(arg) = it.next() {
        if only_files {
            args.inputs.push(arg.into());
            continue;
        }
        let Some(s) = arg.to_str() else {
            // Not UTF-8, so not one of our options: a file name.
            args.inputs.push(arg.into());
            continue;
        };
        if s == "-" || !s.starts_with('-') {
            args.inputs.push(arg.into());
            continue;
        }
        // `--name=value` and `--name value` both work.
        let (name, inline) = match s.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (s.to_owned(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => it
                    .next()
                    .and_then(|v| v.into_string().ok())
                    .ok_or_else(|| format!("{name} needs {what}")),
            }
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--" => only_files = true,
            "-f" | "--format" => {
                let v = value("a format")?;
                args.format = Some(match v.as_str() {
                    "html" => Format::Html,
                    "json" => Format::Json,
                    "text" | "txt" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    _ => return Err(format!("unknown format '{v}' (html, json, text, markdown)")),
                });
            }
            "-u" | "--url" => {
                let v = value("a URL")?;
                if v.trim().is_empty() {
                    return Err("--url needs a URL".into());
                }
                args.url = Some(v);
            }
            "-j" | "--jobs" => {
                let v = value("a number")?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => args.jobs = Some(n),
                    _ => return Err(format!("--jobs needs a positive number, not '{v}'")),
                }
            }
            "--force" if inline.is_none() => args.force = true,
            "--explain" if inline.is_none() => args.explain = true,
            _ => return Err(format!("unknown option '{s}'")),
        }
    }
    Ok(Command::Run(args))
}

/// One page's result.
enum Outcome {
    Found {
        article: Box<lector::Article>,
        readerable: bool,
    },
    NotFound {
        readerable: bool,
    },
    /// The input could not be read, or extraction failed inside.
    Failed(String),
}

/// Reads and extracts one page. Never panics: a panic inside extraction
/// becomes this page's error.
fn process(input: &Path, url: Option<&str>, force: bool) -> Outcome {
    let bytes = match read_input(input) {
        Ok(b) => b,
        Err(e) => return Outcome::Failed(e),
    };
    let url = match url {
        Some(u) => Some(u.to_owned()),
        None if is_stdin(input) => None,
        None => file_url(input),
    };
    let run = || {
        let mut page = lector::Page::from_bytes(&bytes);
        if let Some(u) = url {
            page = page.with_url(u);
        }
        let readerable = lector::is_probably_readerable(&page);
        let mut options = lector::Options::default();
        if force {
            options = options.forced();
        }
        match lector::extract(&page, &options) {
            Some(a) => Outcome::Found {
                article: Box::new(a),
                readerable,
            },
            None => Outcome::NotFound { readerable },
        }
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        Outcome::Failed(format!("internal error: {msg}"))
    })
}

fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

fn read_input(input: &Path) -> Result<Vec<u8>, String> {
    if is_stdin(input) {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(input).map_err(|e| format!("{}: {}", input.display(), describe(&e)))
    }
}

/// An I/O error in words, without Rust's "(os error 2)" suffix.
fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_owned(),
                None => s,
            }
        }
    }
}

/// The `file://` URL of a path, made absolute, with bytes outside the
/// URL-safe set percent-encoded.
fn file_url(path: &Path) -> Option<String> {
    let abs = std::path::absolute(path).ok()?;
    let mut url = String::from("file://");
    #[cfg(unix)]
    let bytes: Vec<u8> = std::os::unix::ffi::OsStrExt::as_bytes(abs.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes: Vec<u8> = {
        // Windows: `C:\a\b` becomes `/C:/a/b`.
        let s = abs.to_string_lossy().replace('\\', "/");
        let s = if s.starts_with('/') {
            s
        } else {
            format!("/{s}")
        };
        s.into_bytes()
    };
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=:@".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    Some(url)
}

/// One input: prints the article in the chosen format.
fn run_single(args: &Args) -> u8 {
    let input = &args.inputs[0];
    let name = if is_stdin(input) {
        "standard input".to_owned()
    } else {
        input.display().to_string()
    };
    match process(input, args.url.as_deref(), args.force) {
        Outcome::Failed(e) => {
            eprintln!("lector: {e}");
            2
        }
        Outcome::NotFound { .. } => {
            eprintln!("lector: no article found in {name}");
            1
        }
        Outcome::Found {
            article,
            readerable,
        } => {
            let out = match args.format.unwrap_or(Format::Html) {
                Format::Html => render_html(&article),
                Format::Json => {
                    let v = JsonArticle {
                        article: &article,
                        readerable,
                    };
                    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
                    s.push('\n');
                    s
                }
                Format::Text => {
                    let mut s = String::new();
                    if let Some(t) = article.title.as_deref() {
                        s.push_str(t);
                        s.push_str("\n\n");
                    }
                    s.push_str(article.text_content.trim());
                    s.push('\n');
                    s
                }
                Format::Markdown => {
                    let mut s = article.to_markdown();
                    s.push('\n');
                    s
                }
            };
            match write_out(out.as_bytes()) {
                Ok(()) => 0,
                Err(code) => code,
            }
        }
    }
}

/// `--explain`: the page's blocks, kept or removed, with the rule's name.
fn run_explain(args: &Args) -> u8 {
    let input = &args.inputs[0];
    let bytes = match read_input(input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("lector: {e}");
            return 2;
        }
    };
    let url = match args.url.as_deref() {
        Some(u) => Some(u.to_owned()),
        None if is_stdin(input) => None,
        None => file_url(input),
    };
    let mut page = lector::Page::from_bytes(&bytes);
    if let Some(u) = url {
        page = page.with_url(u);
    }
    let mut options = lector::Options::default();
    if args.force {
        options = options.forced();
    }
    let why = lector::explain(&page, &options);
    let out = if args.format == Some(Format::Json) {
        let mut s = serde_json::to_string_pretty(&why).unwrap_or_default();
        s.push('\n');
        s
    } else {
        explain_text(&why)
    };
    match write_out(out.as_bytes()) {
        Ok(()) if why.found => 0,
        Ok(()) => 1,
        Err(code) => code,
    }
}

/// The explanation as lines a person reads: a header, then one line per
/// block: "kept" or the removing rule, the tag, the text's first words.
fn explain_text(why: &lector::Explanation) -> String {
    let mut s = String::new();
    s.push_str(if why.found {
        "article found\n"
    } else {
        "no article found (showing the best attempt)\n"
    });
    if let Some(c) = &why.container {
        s.push_str(&format!("container: {c}\n"));
    }
    let kept = why.blocks.iter().filter(|b| b.kept).count();
    s.push_str(&format!(
        "{} blocks: {kept} kept, {} removed\n\n",
        why.blocks.len(),
        why.blocks.len() - kept
    ));
    for b in &why.blocks {
        let verdict = if b.kept { "+ kept" } else { "- " };
        let rule = b.rule.unwrap_or("");
        let label = if b.kept {
            verdict.to_owned()
        } else {
            format!("{verdict}{rule}")
        };
        let text: String = b.text.chars().take(72).collect();
        let more = if b.text.chars().count() > 72 {
            "…"
        } else {
            ""
        };
        s.push_str(&format!("{label:<20} {:<10} {text}{more}\n", b.tag));
    }
    s
}

/// Writes to stdout. A closed pipe (`lector … | head`) ends quietly with
/// success; other write errors are reported and exit with 2.
fn write_out(bytes: &[u8]) -> Result<(), u8> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(0),
        Err(e) => {
            eprintln!("lector: cannot write output: {}", describe(&e));
            Err(2)
        }
    }
}

/// Expands directories into their HTML files (recursively, sorted by name,
/// not following symlinked directories so a link loop cannot trap the
/// walk). A directory that cannot be read is kept as an input, so it is
/// reported as that entry's error.
fn expand_inputs(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if !input.is_dir() {
            files.push(input.clone());
            continue;
        }
        let mut stack = vec![input.clone()];
        while let Some(dir) = stack.pop() {
            let mut entries: Vec<(PathBuf, bool)> = match std::fs::read_dir(&dir) {
                Ok(rd) => rd
                    .filter_map(Result::ok)
                    .map(|e| {
                        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
                        (e.path(), is_dir)
                    })
                    .collect(),
                Err(_) => {
                    files.push(dir);
                    continue;
                }
            };
            entries.sort();
            let mut subdirs = Vec::new();
            for (path, is_dir) in entries {
                if is_dir {
                    subdirs.push(path);
                } else if is_html_name(&path) {
                    files.push(path);
                }
            }
            // Depth-first in name order: push subdirectories reversed.
            stack.extend(subdirs.into_iter().rev());
        }
    }
    files
}

fn is_html_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Several inputs: pages are read on worker threads pulling from a shared
/// index; results are printed in input order as soon as each is next.
fn run_batch(args: &Args) -> u8 {
    let files = Arc::new(expand_inputs(&args.inputs));
    if files.is_empty() {
        eprintln!("lector: no HTML files found");
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = args.jobs.unwrap_or(cores).min(files.len()).max(1);
    let next = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel::<(usize, String, u8)>();
    let mut handles = Vec::with_capacity(workers);
    for _ in 0..workers {
        let (files, next, tx, force) = (
            Arc::clone(&files),
            Arc::clone(&next),
            tx.clone(),
            args.force,
        );
        let spawned = std::thread::Builder::new()
            // Generous stack: extraction is iterative, but a page is
            // untrusted input and the cost is only address space.
            .stack_size(16 << 20)
            .spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let (line, code) = batch_line(file, force);
                if tx.send((i, line, code)).is_err() {
                    break;
                }
            });
        match spawned {
            Ok(h) => handles.push(h),
            Err(e) if handles.is_empty() => {
                eprintln!("lector: cannot start a worker thread: {e}");
                return 2;
            }
            Err(_) => break,
        }
    }
    drop(tx);

    let progress = std::io::stderr().is_terminal();
    let mut last_draw: Option<std::time::Instant> = None;
    let total = files.len();
    let mut pending: Vec<Option<(String, u8)>> = vec![None; total];
    let mut printed = 0;
    let mut done = 0;
    let mut status = 0u8;
    let mut out = std::io::stdout().lock();
    let mut write_failed = None;
    for (i, line, code) in rx {
        pending[i] = Some((line, code));
        done += 1;
        while printed < total {
            let Some((line, code)) = pending[printed].take() else {
                break;
            };
            printed += 1;
            status = status.max(code);
            if write_failed.is_none() {
                let r = writeln!(out, "{line}").and_then(|()| out.flush());
                if let Err(e) = r {
                    write_failed = Some(e);
                    // Stop the workers: no one reads the rest.
                    next.store(total, Ordering::Relaxed);
                }
            }
        }
        // Redraw at most every 50 ms: a terminal flooded with updates
        // slows the whole run down.
        let due = last_draw.is_none_or(|t| t.elapsed().as_millis() >= 50) || done == total;
        if progress && write_failed.is_none() && due {
            draw_progress(done, total);
            last_draw = Some(std::time::Instant::now());
        }
    }
    if progress {
        eprint!("\r\x1b[2K");
    }
    for h in handles {
        let _ = h.join();
    }
    match write_failed {
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => status,
        Some(e) => {
            eprintln!("lector: cannot write output: {}", describe(&e));
            2
        }
        None => status,
    }
}

/// `lector warc`: the archives are read one after another on one thread,
/// their pages extracted on worker threads and printed in file order.
/// Pages without an article are normal in a crawl and do not change the
/// exit status; an archive that cannot be read to its end does (2).
fn run_warc(args: &Args) -> u8 {
    if args.url.is_some() || args.explain || args.format.is_some_and(|f| f != Format::Json) {
        eprintln!("lector: warc prints JSON Lines and takes only --force and --jobs");
        return 2;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = args.jobs.unwrap_or(cores).max(1);
    // Bounded: a fast reader must not hold a whole archive in memory.
    let (page_tx, page_rx) = mpsc::sync_channel::<(usize, lector::warc::HtmlResponse)>(workers * 4);
    let page_rx = Arc::new(std::sync::Mutex::new(page_rx));
    let (line_tx, line_rx) = mpsc::channel::<(usize, String)>();
    let mut options = lector::Options::default();
    if args.force {
        options = options.forced();
    }
    let mut handles = Vec::new();
    for _ in 0..workers {
        let (rx, tx, options) = (Arc::clone(&page_rx), line_tx.clone(), options.clone());
        let spawned = std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn(move || loop {
                let next = rx.lock().ok().and_then(|rx| rx.recv().ok());
                let Some((i, page)) = next else { break };
                let line = serde_json::to_string(&page.extract(&options))
                    .unwrap_or_else(|e| format!("{{\"url\":null,\"error\":\"{e}\"}}"));
                if tx.send((i, line)).is_err() {
                    break;
                }
            });
        match spawned {
            Ok(h) => handles.push(h),
            Err(e) if handles.is_empty() => {
                eprintln!("lector: cannot start a worker thread: {e}");
                return 2;
            }
            Err(_) => break,
        }
    }
    drop(line_tx);
    let inputs = args.inputs.clone();
    let reader = std::thread::spawn(move || {
        let mut status = 0u8;
        let mut n = 0;
        for input in &inputs {
            let pages = if is_stdin(input) {
                lector::warc::WarcPages::from_reader(std::io::stdin())
            } else {
                lector::warc::WarcPages::open(input)
            };
            let pages = match pages {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("lector: {}: {e}", input.display());
                    status = 2;
                    continue;
                }
            };
            for page in pages {
                match page {
                    Ok(p) => {
                        if page_tx.send((n, p)).is_err() {
                            return status;
                        }
                        n += 1;
                    }
                    Err(e) => {
                        eprintln!("lector: {}: {e}", input.display());
                        status = 2;
                    }
                }
            }
        }
        status
    });
    let mut pending = std::collections::BTreeMap::new();
    let mut printed = 0;
    let mut out = std::io::stdout().lock();
    let mut write_failed = None;
    for (i, line) in line_rx {
        pending.insert(i, line);
        while let Some(line) = pending.remove(&printed) {
            printed += 1;
            if write_failed.is_none() {
                if let Err(e) = writeln!(out, "{line}") {
                    write_failed = Some(e);
                }
            }
        }
        if write_failed.is_some() {
            // Nobody reads the rest: stop the workers and the reader.
            break;
        }
    }
    let _ = out.flush();
    drop(out);
    // After a failed write nothing is joined: the workers stop at their
    // next send, the reader at its next one, and the process ends anyway.
    let read_status = match write_failed {
        Some(_) => 0,
        None => {
            for h in handles {
                let _ = h.join();
            }
            reader.join().unwrap_or(2)
        }
    };
    match write_failed {
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Some(e) => {
            eprintln!("lector: cannot write output: {}", describe(&e));
            2
        }
        None => read_status,
    }
}

/// One JSON line for `file`, and its exit status (0 found, 1 none, 2 error).
fn batch_line(file: &Path, force: bool) -> (String, u8) {
    let name = file.to_string_lossy();
    let (article, readerable, error, code) = match process(file, None, force) {
        Outcome::Found {
            article,
            readerable,
        } => (Some(article), readerable, None, 0),
        Outcome::NotFound { readerable } => (None, readerable, None, 1),
        Outcome::Failed(e) => (None, false, Some(e), 2),
    };
    let line = BatchLine {
        file: &name,
        article: article.as_deref(),
        readerable,
        error: error.as_deref(),
    };
    match serde_json::to_string(&line) {
        Ok(s) => (s, code),
        // Serializing plain strings and numbers cannot fail; should it
        // ever, the line still says which file and why.
        Err(e) => (
            format!(
                "{{\"file\":{},\"article\":null,\"readerable\":false,\"error\":{}}}",
                serde_json::Value::from(name.as_ref()),
                serde_json::Value::from(e.to_string())
            ),
            2,
        ),
    }
}

fn draw_progress(done: usize, total: usize) {
    const WIDTH: usize = 30;
    let filled = done * WIDTH / total.max(1);
    eprint!(
        "\r\x1b[2K[{}{}] {done}/{total}",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled)
    );
}

/// A complete, standalone reader page: the stylesheet inlined, a strict
/// content security policy, a header with the metadata, then the body.
fn render_html(a: &lector::Article) -> String {
    let mut h = String::with_capacity(a.content.len() + READER_CSS.len() + 2048);
    h.push_str("<!doctype html>\n<html");
    if let Some(lang) = a.lang.as_deref().filter(|l| !l.trim().is_empty()) {
        h.push_str(&format!(" lang=\"{}\"", esc(lang.trim())));
    }
    if let Some(dir) = a.dir.as_deref().map(str::trim) {
        if matches!(dir, "ltr" | "rtl" | "auto") {
            h.push_str(&format!(" dir=\"{dir}\""));
        }
    }
    h.push_str(">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
    ));
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let page_title = a
        .title
        .as_deref()
        .or(a.site_name.as_deref())
        .unwrap_or("Lector");
    h.push_str(&format!("<title>{}</title>\n", esc(page_title)));
    h.push_str("<style>\n");
    h.push_str(READER_CSS);
    h.push_str("</style>\n</head>\n<body class=\"lector\">\n<main class=\"lector-page\">\n");
    h.push_str("<header class=\"lector-header\">\n");

    let web_url = a
        .url
        .as_deref()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let site = a.site_name.clone().or_else(|| web_url.and_then(host_of));
    match (site, web_url) {
        (Some(s), Some(u)) => h.push_str(&format!(
            "<p class=\"lector-site\"><a href=\"{}\">{}</a></p>\n",
            esc(u),
            esc(&s)
        )),
        (Some(s), None) => h.push_str(&format!("<p class=\"lector-site\">{}</p>\n", esc(&s))),
        _ => {}
    }
    if let Some(t) = a.title.as_deref() {
        h.push_str(&format!("<h1 class=\"lector-title\">{}</h1>\n", esc(t)));
    }
    if let Some(s) = a.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        h.push_str(&format!("<p class=\"lector-summary\">{}</p>\n", esc(s)));
    }
    if let Some(b) = a.byline.as_deref().filter(|b| !b.trim().is_empty()) {
        h.push_str(&format!("<p class=\"lector-byline\">{}</p>\n", esc(b)));
    }
    h.push_str("<p class=\"lector-meta\">");
    if let Some(t) = a.published_time.as_deref().filter(|t| !t.trim().is_empty()) {
        h.push_str(&format!(
            "<time datetime=\"{}\">{}</time> · ",
            esc(t),
            esc(&human_date(t))
        ));
    }
    h.push_str(&format!("{} min read</p>\n", a.reading_time_minutes.max(1)));
    h.push_str("</header>\n<article class=\"content\">\n");
    // The content is already safe HTML, built from an allowlist.
    h.push_str(&a.content);
    h.push_str("\n</article>\n</main>\n</body>\n</html>\n");
    h
}

/// The host of an http(s) URL, for a page without a site name.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then(|| host.to_owned())
}

/// "2024-08-13T13:12:40+03:00" as "13 August 2024"; anything else as given.
fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let t = iso.trim();
    let parts = (
        t.get(0..4).and_then(|y| y.parse::<u32>().ok()),
        t.get(5..7).and_then(|m| m.parse::<usize>().ok()),
        t.get(8..10).and_then(|d| d.parse::<u32>().ok()),
    );
    match parts {
        (Some(y), Some(m @ 1..=12), Some(d @ 1..=31))
            if t.as_bytes().get(4) == Some(&b'-') && t.as_bytes().get(7) == Some(&b'-') =>
        {
            format!("{d} {} {y}", MONTHS[m - 1])
        }
        _ => t.to_owned(),
    }
}

/// Escapes text for HTML content and double- or single-quoted attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_options_both_ways() {
        let Ok(Command::Run(a)) = parse(&["--format=md", "-u", "https://e.x/", "a.html"]) else {
            panic!("should parse");
        };
        assert_eq!(a.format, Some(Format::Markdown));
        assert_eq!(a.url.as_deref(), Some("https://e.x/"));
        assert_eq!(a.inputs, vec![PathBuf::from("a.html")]);
        let Ok(Command::Run(a)) = parse(&["--", "--force"]) else {
            panic!("should parse");
        };
        assert_eq!(a.inputs, vec![PathBuf::from("--force")]);
        assert!(parse(&["--format", "pdf"]).is_err());
        assert!(parse(&["--url"]).is_err());
        assert!(parse(&["--jobs", "0"]).is_err());
        assert!(parse(&["--bogus"]).is_err());
        assert!(matches!(parse(&["x", "-h"]), Ok(Command::Help)));
    }

    #[test]
    fn file_urls_are_absolute_and_encoded() {
        let u = file_url(Path::new("/tmp/a b/ü#.html")).unwrap_or_default();
        assert_eq!(u, "file:///tmp/a%20b/%C3%BC%23.html");
        let rel = file_url(Path::new("x.html")).unwrap_or_default();
        assert!(rel.starts_with("file:///") && rel.ends_with("/x.html"));
    }

    #[test]
    fn dates_and_escaping() {
        assert_eq!(human_date("2024-08-13T13:12:40+03:00"), "13 August 2024");
        assert_eq!(human_date("yesterday"), "yesterday");
        assert_eq!(
            esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(
            host_of("https://u@news.example:8080/a?b").as_deref(),
            Some("news.example:8080")
        );
    }
}
