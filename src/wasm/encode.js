// Lector's page encoder, appended to the wasm-bindgen glue by `make wasm`.
//
// Copying strings from JS into wasm one by one is what makes reading a page
// slow, so this reads the page in JS, in one pass, and hands wasm a single
// string. The rules are those of src/wasm/walk.rs (the web-sys reader, used
// when this helper is absent); src/wasm/encoded.rs decodes the string and
// the browser test checks both give the same tree on every corpus page.
//
// Format: a sequence of tokens, each a control character and its payload,
// running to the next control character:
//   \x01 K name   element start; K is h (HTML), s (SVG) or m (MathML)
//   \x02 C value  attribute of the element just started; C is the
//                 attribute's index in `wanted` as the character 0x30 + i
//   \x03          element end
//   \x04 text     text node
// \x01..\x04 inside text or values become spaces (they are never words).
//
// Only getters are called: the page is never changed. `skip`, when given,
// is an element left out with everything in it (the reader's own element,
// which the extension adds before it reads the page).
//
// `wanted` defaults to the list Rust passes (WANTED_LIST in mod.rs; a wasm
// test checks they are the same), so JS without the wasm (a content script
// on a page whose CSP forbids wasm) can encode a page for `extractEncoded`.
function __lectorEncode(doc, wanted, skip) {
  wanted = wanted || 'alt,aria-hidden,charset,cite,class,colspan,content,data-lazy-src,data-original,'
    + 'data-src,data-srcset,datetime,dir,height,hidden,href,http-equiv,id,itemprop,lang,media,'
    + 'name,property,rel,role,rowspan,src,srcset,start,style,title,type,width';
  const codes = new Map();
  wanted.split(',').forEach((n, i) => codes.set(n, String.fromCharCode(0x30 + i)));
  const srcCode = codes.get('src');
  const CTRL = /[\x01-\x04]/;
  const CTRL_ALL = /[\x01-\x04]/g;
  const clean = (s) => (CTRL.test(s) ? s.replace(CTRL_ALL, ' ') : s);
  // Resolving a link (`a.href`, `img.src`) was a fifth of the encoding. An
  // address already written as the browser would give it back is kept as
  // written: http(s), a lower-case host of letters, digits, dots and
  // hyphens ending in a name (an IPv4 address or punycode would be
  // rewritten), no port or user, a path after it and only characters no
  // part of the URL escapes or unescapes (no %, quote, backslash, space or
  // #), and no '.' or '..' segment. On the 1,118 corpus pages this was half
  // the links and images, and every one equal to its resolved address.
  const ABSOLUTE = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\/[\w\-.~!$&()*+,;=:@/?]*$/;
  const resolved = (v) => ABSOLUTE.test(v) && !v.includes('/.') && !v.includes('xn--');
  const SVG = 'http://www.w3.org/2000/svg';
  const MATH = 'http://www.w3.org/1998/Math/MathML';
  const out = [];
  // The walk: siblings come from a DOM chain (`node`) or from the nodes
  // assigned to a shadow root's <slot> (`list`). The stack holds five
  // values per open element, flat, to allocate nothing per element.
  const stack = [];
  let node = doc.firstChild;
  let list = null;
  let at = 0;
  let inShadow = false;
  let close = false;
  for (;;) {
    let n;
    if (list !== null) {
      n = at < list.length ? list[at++] : null;
    } else {
      n = node;
      if (n !== null) node = n.nextSibling;
    }
    if (n === null) {
      if (close) out.push('\x03');
      if (stack.length === 0) break;
      close = stack.pop();
      inShadow = stack.pop();
      at = stack.pop();
      list = stack.pop();
      node = stack.pop();
      continue;
    }
    const type = n.nodeType;
    if (type === 3 || type === 4) {
      out.push('\x04', clean(n.data));
      continue;
    }
    if (type !== 1 || n === skip) continue;
    const ns = n.namespaceURI;
    const kind = ns === SVG ? 's' : ns === MATH ? 'm' : 'h';
    const name = n.localName;
    out.push('\x01', kind, name);
    const html = kind === 'h';
    let hasSrc = false;
    let ldJson = false;
    if (n.hasAttributes()) {
      // Names, not `attributes[i]`: that would make the browser create an
      // Attr node for every attribute.
      const names = n.getAttributeNames();
      for (let i = 0; i < names.length; i++) {
        const a = names[i];
        const code = codes.get(a);
        if (code === undefined) continue;
        let v;
        if (html && name === 'a' && a === 'href') {
          // A fragment stays as written, as the native parser sees it: it
          // marks a link within the page (contents, footnotes).
          v = n.getAttribute(a);
          if (!/^\s*#/.test(v) && !resolved(v)) v = n.href;
        } else if (html && name === 'img' && a === 'src') {
          v = n.getAttribute(a);
          if (!resolved(v)) v = n.src;
          hasSrc = true;
        } else {
          v = n.getAttribute(a);
          if (a === 'type') ldJson = v.trim().toLowerCase() === 'application/ld+json';
        }
        out.push('\x02', code, clean(v));
      }
    }
    if (html && name === 'img' && !hasSrc && n.currentSrc) {
      out.push('\x02', srcCode, clean(n.currentSrc));
    }
    if (kind === 's' && name === 'svg') {
      // An inline SVG's shapes are never text nor content: the engine
      // keeps only the element.
      out.push('\x03');
      continue;
    }
    if (html) {
      // Code and styles are not content, except JSON-LD; frames are other
      // documents.
      if ((name === 'script' && !ldJson) || name === 'style' || name === 'iframe'
        || name === 'frame' || name === 'frameset') {
        out.push('\x03');
        continue;
      }
      if (name === 'slot' && inShadow) {
        const assigned = n.assignedNodes({ flatten: true });
        if (assigned.length > 0) {
          stack.push(node, list, at, inShadow, close);
          node = null;
          list = assigned;
          at = 0;
          inShadow = false;
          close = true;
          continue;
        }
      }
    }
    stack.push(node, list, at, inShadow, close);
    const root = n.shadowRoot;
    node = root !== null ? root.firstChild : n.firstChild;
    list = null;
    at = 0;
    inShadow = inShadow || root !== null;
    close = true;
  }
  return out.join('');
}
