//! The bundled sample page: a WordPress news article (Newsunplug Kenya,
//! Foxiz theme markup) buried in site chrome. Extraction must keep every
//! paragraph of the story and none of the chrome around it.
//!
//! The expected strings are the article's own text, as the page shows it.

use std::sync::OnceLock;

const URL: &str =
    "https://newsunplug.co.ke/tech-issues-disrupt-the-trump-musk-interviews-premiere/";

/// Every paragraph of the story, in order.
const PARAGRAPHS: &[&str] = &[
    "Elon Musk’s interview with Republican presidential candidate Donald Trump was disrupted by technical issues that the tech billionaire attributed to a cyber attack. The extensive conversation, intended for “open-minded independent voters,” started more than 40 minutes late as many users faced difficulties accessing it.",
    "Musk, who owns X (formerly Twitter), stated that a distributed denial of service (DDoS) attack “saturated all of our data lines.”",
    "As the two-hour discussion neared its conclusion, Musk reaffirmed his support for Trump and urged moderate voters to back the Republican’s campaign. “Here’s to an exciting, inspiring future that people can look forward to and be optimistic about what happens next,” he remarked.",
    "The conversation got off to a rocky start; over 20 minutes after it was supposed to begin, Musk cited “a massive DDoS attack on X” as the reason for the livestream access issues in a post. DDoS attacks aim to overload a website, rendering it difficult to use or inaccessible.",
    "Once the interview commenced, Musk claimed that the alleged cyber attack indicated resistance in the US to hearing Trump’s message. However, the exact cause of the technical difficulties during the X audio conversation and the identity of any potential attackers remain unclear.",
    "“A DDoS attack sends a very large number of signals to an online target to disrupt it,” said Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies in Singapore, in an interview with the BBC.",
    "He noted that it is unlikely for such an attack to affect only a single service or feature on a website. Lim suggested that a surge of listeners trying to access the stream could have temporarily crashed the service.",
    "Musk mentioned in a follow-up post that the system had been tested with “8 million concurrent listeners” before the live chat. During the conversation, X Spaces displayed around one million people listening in.",
    "The rocky start to the event echoed the livestream malfunction that occurred during Florida Governor Ron DeSantis’ entry into the White House race on X in May 2023.",
    "This conversation takes place as Trump, the former president and Republican nominee, seeks to revitalize his re-election campaign. Opinion polls indicate that the race has tightened since Vice President Kamala Harris secured the Democratic nomination after President Joe Biden dropped out last month.",
    "Harris and her running mate, Minnesota Governor Tim Walz, could gain additional momentum from the upcoming Democratic National Convention in Chicago.",
    "The Trump campaign has criticized Harris for avoiding interviews and limiting her interactions with the press since her nomination. On Monday, Trump expressed appreciation for having “a forum like this” on X, where he could share his thoughts at length.",
    "Musk, who hosted the event, has become an increasingly significant voice in politics, amassing over 190 million followers on X and frequently engaging in political discussions. He has also recently aligned himself with a new political committee supporting Trump’s campaign.",
    "The relationship between Musk and Trump has evolved over the years, with the two previously exchanging online criticisms.",
    "However, Monday’s conversation was friendly and non-confrontational. Trump, who has expressed skepticism about electric vehicles and previously vowed to reduce federal subsidies, praised Tesla, the car company owned by Musk. He acknowledged that he felt he had “no choice” but to support electric vehicles due to Musk’s endorsement, calling Tesla’s products “great.”",
    "Musk also indicated his willingness to assist the Trump administration with a proposed “government efficiency commission.”",
    "Before the high-profile discussion on the social media platform accessible to European users, EU industry chief Thierry Breton sent a letter to Elon Musk, stating that he must adhere to EU digital content laws. The EU is concerned that X may be violating its regulations regarding illegal content and disinformation.",
    "In response, X’s CEO Linda Yaccarino criticized the EU’s stance, calling it “an unprecedented attempt to stretch a law intended to apply in Europe to political activities in the US.” She also suggested that it patronizes European citizens by implying they are incapable of listening to a conversation and forming their own opinions.",
    "Monday marked a return to X/Twitter for Trump, who was banned from the platform shortly after the January 6, 2021 Capitol riot. Apart from a series of campaign advertisements on his account that day, he had only made one post—a link to his campaign site along with his mug shot—since Musk reactivated his account in 2022.",
    "It remains uncertain whether Trump, who frequently posts on his Truth Social platform, will increase his activity on X. During the interview, he addressed various topics, including the assassination attempt on him last month at a rally in Pennsylvania, his desire for the US to adopt an “Iron Dome” missile defense system like Israel’s, and his campaign’s focus on immigration.",
    "Trump also mentioned the possibility of closing the federal Department of Education and transferring its responsibilities to the states as one of his first actions if he wins the election in November. He further commented on President Biden’s decision to exit the race after a poor debate performance and pressure from vulnerable Democratic lawmakers, calling it “a coup.”",
    "In a weekend interview with CBS, Biden stated that he withdrew from the race to avoid the intraparty conflict over his candidacy becoming “a real distraction” ahead of the election.",
    "Following the event, the Harris campaign issued a statement labeling Musk and Trump as two “self-obsessed rich guys who will sell out the middle class and who cannot run a livestream in the year 2024.”",
];

/// Text of the page's chrome that must not reach the article: promos placed
/// between paragraphs, menus, share buttons, related and recent posts,
/// previous/next links, footer, sign-in form and cookie notice. Matched as
/// substrings.
const CHROME_PHRASES: &[&str] = &[
    // The three "READ MORE" promos inside `.entry-content`.
    "READ MORE",
    "President Ruto nominates Bishop David Oginde as EACC Chairperson",
    "A Spot Check On The Route Ahead Of 2023 WRC Safari",
    "ChicKing, UAE Based Fast Food Chain, Is Now In Kenya",
    // Cookie notice.
    "By using this site, you agree",
    "Privacy Policy",
    "Terms of Use",
    // Header: reading bar, notifications, font resizer.
    "Reading:",
    "Show More",
    "Font Resizer",
    // Off-canvas menu.
    "Have an existing account?",
    "Sign In",
    "Follow US",
    "Foxiz News Network",
    "Ruby Design Company",
    "All Rights Reserved",
    // Breadcrumb and post meta (the reader header shows byline and date).
    "Newsunplug Kenya >",
    "Last updated",
    "10 months ago",
    // Related posts.
    "Apple VS Samsung",
    "Form 3 Student Drowns During School Trip",
    "US, Germany sending battle tanks to aid Ukraine war effort",
    "Kenya adopts housing tax as William Ruto inks Finance Bill 2023",
    "Do You Know This Man Francis Kamau Chege",
    // Share box and previous/next links.
    "Share This Article",
    "Previous Article",
    "Gachagua promises to back ODM cabinet secretaries",
    "Next Article",
    "Promising pilot child health plan will be expanded",
    // Footer and sidebar.
    "about us",
    "We influence 20 million users",
    "Recent Posts",
    "My focus is not 2027 re-election",
    "President Ruto urges Executive to focus on delivering promises",
    "Two convicts handed 30-year jail term",
    "MPs pass Finance Bill 2025",
    "Trump extends TikTok deadline for third time",
    "Recent Comments",
    "No comments to show.",
    // Sign-in popup.
    "Welcome Back!",
    "Sign in to your account",
    "Username or Email Address",
    "Lost your password?",
    // Scripts and styles.
    "foxizParams",
    "reading-progress",
    "--body-family",
];

/// Single-word chrome (menu items, share labels, buttons), matched as whole
/// words and case-sensitively, so "politics" in the story does not count
/// as the "Politics" menu item.
const CHROME_WORDS: &[&str] = &[
    "News",
    "Metro",
    "Politics",
    "Business",
    "Entertainment",
    "Lifestyle",
    "Sports",
    "Spotify",
    "Accept",
    "Notification",
    "Share",
    "SHARE",
    "Facebook",
    "Email",
    "Print",
    "Blog",
    "Uncategorized",
    "Password",
];

fn article() -> &'static lector::Article {
    static ARTICLE: OnceLock<lector::Article> = OnceLock::new();
    ARTICLE.get_or_init(|| {
        let html = include_bytes!("../samples/kenya-news.html");
        let page = lector::Page::from_bytes(html).with_url(URL);
        lector::extract(&page, &lector::Options::default())
            .expect("samples/kenya-news.html: no article found")
    })
}

/// Whitespace collapsed to single spaces, so line breaks in the output do
/// not hide a paragraph.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `word` occurs in `text` with no letter or digit on either side.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The chrome found in `text`.
fn chrome_in(text: &str) -> Vec<&'static str> {
    let mut found: Vec<&str> = CHROME_PHRASES
        .iter()
        .copied()
        .filter(|p| text.contains(p))
        .collect();
    found.extend(CHROME_WORDS.iter().copied().filter(|w| has_word(text, w)));
    found
}

#[test]
fn chrome_list_does_not_match_the_story_itself() {
    // Guards the test: a chrome entry that the story also contains would
    // make the assertion below impossible to satisfy.
    let story = PARAGRAPHS.join("\n");
    assert_eq!(chrome_in(&story), Vec::<&str>::new());
}

#[test]
fn keeps_every_paragraph_in_order() {
    let text = squash(&article().text_content);
    let mut missing = Vec::new();
    let mut out_of_order = Vec::new();
    let mut pos = 0;
    for (i, p) in PARAGRAPHS.iter().enumerate() {
        match text.find(p) {
            None => missing.push(format!("  #{}: {p}", i + 1)),
            Some(at) if at < pos => out_of_order.push(format!("  #{}: {p}", i + 1)),
            Some(at) => pos = at + p.len(),
        }
    }
    assert!(
        missing.is_empty() && out_of_order.is_empty(),
        "{} of {} paragraphs missing from textContent:\n{}\n{} out of order:\n{}\n\
         --- textContent ({} chars) starts:\n{}",
        missing.len(),
        PARAGRAPHS.len(),
        missing.join("\n"),
        out_of_order.len(),
        out_of_order.join("\n"),
        text.len(),
        text.chars().take(600).collect::<String>(),
    );
}

#[test]
fn content_html_holds_the_paragraphs() {
    let content = squash(&article().content);
    let missing: Vec<String> = PARAGRAPHS
        .iter()
        .enumerate()
        .filter(|(_, p)| !content.contains(*p))
        .map(|(i, p)| format!("  #{}: {p}", i + 1))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} paragraphs missing from content HTML:\n{}",
        missing.len(),
        PARAGRAPHS.len(),
        missing.join("\n"),
    );
}

#[test]
fn leaves_out_the_chrome() {
    let a = article();
    let in_text = chrome_in(&squash(&a.text_content));
    let in_html = chrome_in(&squash(&a.content));
    assert!(
        in_text.is_empty() && in_html.is_empty(),
        "chrome leaked into the article\n  textContent: {in_text:?}\n  content HTML: {in_html:?}"
    );
}

#[test]
fn byline_is_not_repeated_in_the_body() {
    // The reader header shows the byline; the body should not repeat it.
    let text = &article().text_content;
    assert!(
        !text.contains("Ivy Irungu"),
        "the author's name appears in textContent"
    );
}

#[test]
fn metadata() {
    let a = article();
    let mut wrong = Vec::new();
    let title = "Tech issues disrupt the Trump-Musk interview’s premiere.";
    if a.title.as_deref() != Some(title) {
        wrong.push(format!("title: got {:?}, want {title:?}", a.title));
    }
    if a.byline.as_deref() != Some("Ivy Irungu") {
        wrong.push(format!("byline: got {:?}, want \"Ivy Irungu\"", a.byline));
    }
    if a.site_name.as_deref() != Some("Newsunplug Kenya") {
        wrong.push(format!(
            "siteName: got {:?}, want \"Newsunplug Kenya\"",
            a.site_name
        ));
    }
    if !a
        .published_time
        .as_deref()
        .is_some_and(|t| t.starts_with("2024-08-13"))
    {
        wrong.push(format!(
            "publishedTime: got {:?}, want 2024-08-13T13:12:40+03:00",
            a.published_time
        ));
    }
    if a.url.as_deref() != Some(URL) {
        wrong.push(format!("url: got {:?}, want {URL:?}", a.url));
    }
    assert!(
        wrong.is_empty(),
        "wrong metadata:\n  {}",
        wrong.join("\n  ")
    );
}
