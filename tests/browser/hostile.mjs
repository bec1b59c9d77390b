// The bad inputs of tests/support/hostile.rs, for the browser suites
// (api.mjs at full size, scaling.mjs at 1x, 10x and 100x). Inputs are built
// inside the page, so each maker is passed there as source: it gets the
// scale `n`, `p` (a whole page around a body), `three` (three paragraphs)
// and `prose`, and may use nothing else.

/** Each shape: its full size (the unit is the shape's own) and its maker. */
export const SHAPES = {
  nested: [100_000, (n, p, three) => p('<div>'.repeat(n) + three + '</div>'.repeat(n))],
  siblings: [1_000_000, (n, p, three) => p(`${three}<div>${'<i></i>'.repeat(n)}</div>`)],
  'text-node': [10_000_000, (n, p) => p(`<p>${'word '.repeat(n)}</p>`)],
  attribute: [1 << 20, (n, p, three, prose) => {
    const attr = 'x'.repeat(n);
    return p(`<article class="${attr}"><p title="${attr}">${prose}</p>${three}</article>`);
  }],
  scripts: [200_000, (n, p, three) => p(three + '<script>var n = 1;</script><STYLE>p{}</STYLE>'.repeat(n))],
  'attribute-count': [1_000_000, (n, p, three) =>
    p(`<article${Array.from({ length: n }, (_, i) => ` a${i}=1`).join('')}>${three}</article>`)],
  table: [20_000, (n, p, three, prose) =>
    p(`<table>${Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>${prose}</td></tr>`).join('')}</table>`)],
  images: [50_000, (n, p) =>
    p(`<article>${Array.from({ length: n }, (_, i) => `<figure><img src="/p/${i}.jpg" alt="Photo ${i}"></figure>`).join('')}</article>`)],
  paragraphs: [30_000, (n, p, three, prose) =>
    p(`<nav><a href=/>Home</a></nav><article>${Array.from({ length: n }, (_, i) => `<p>${i}. ${prose}</p>`).join('')}</article>`)],
};

/** What `buildInPage` needs for `make` at scale `n`. */
export const toBuild = (make, n) => ({ build: buildInPage.toString(), make: make.toString(), n });

/** Inside the page: `new Function(`return (${build})`)()({ make, n })` is
 * the input's HTML, with the filler prose of hostile.rs. */
function buildInPage({ make, n }) {
  const prose = 'The committee met on Tuesday to review the budget, and after a long debate it agreed to '
    + 'fund the new library, the repairs to the bridge and a study of the river\'s water quality over '
    + 'the next three years.';
  const three = `<p>${prose}</p><p>${prose}</p><p>${prose}</p>`;
  const p = (body) => `<!doctype html><html><head><title>Budget news</title></head><body>${body}</body></html>`;
  // eslint-disable-next-line no-new-func
  return new Function('n', 'p', 'three', 'prose', `return (${make})(n, p, three, prose);`)(n, p, three, prose);
}
