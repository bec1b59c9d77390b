// The playground's static server: `make serve`, or imported by tests and
// tools/demo.mjs. It serves only what the playground needs from the repo:
//
//   /www/...             the playground itself (/ redirects here)
//   /dist/wasm/web/...   the engine, as an ES module and its .wasm
//   /extension/reader.css  the reader stylesheet the extension uses
//   /samples/...         bundled sample pages; /samples/index.json lists them
//
// Nothing else in the repo is reachable, so a stray path can't leak files.
//
//   node tools/serve.mjs [--port 8000]
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const ROOTS = ["/www/", "/dist/wasm/web/", "/samples/"];
const FILES = ["/extension/reader.css"];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  // instantiateStreaming needs this exact type, else the glue falls back
  // to a slower path with a console warning.
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Sample pages as `[{file, title}]`, title from the page's <title>. */
async function samples() {
  const dir = join(REPO, "samples");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".html")).sort();
  return Promise.all(
    names.map(async (file) => {
      const head = (await readFile(join(dir, file), "utf8")).slice(0, 64 * 1024);
      const title = head.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1].trim() || file;
      return { file, title };
    }),
  );
}

async function handle(request, response) {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (path === "/" || path === "/www") {
    response.writeHead(302, { location: "/www/" }).end();
    return;
  }
  if (path === "/samples/index.json") {
    response.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
    response.end(JSON.stringify(await samples()));
    return;
  }
  const file = resolve(REPO, "." + (path.endsWith("/") ? path + "index.html" : path));
  // Judged on the resolved path: a decoded "%2F.." must not climb out.
  const inRepo = "/" + file.slice(REPO.length + 1).split(sep).join("/");
  const allowed = FILES.includes(inRepo) || ROOTS.some((root) => inRepo.startsWith(root));
  if (!file.startsWith(REPO + sep) || !allowed) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}

/** Starts the server on 127.0.0.1 (port 0: any free port). */
export async function serve({ port = 0, host = "127.0.0.1" } = {}) {
  const server = createServer((request, response) =>
    handle(request, response).catch((error) => {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }),
  );
  await new Promise((ready, failed) => {
    server.once("error", failed);
    server.listen(port, host, ready);
  });
  const origin = `http://${host}:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--port");
  const port = at > 0 ? Number(process.argv[at + 1]) : Number(process.env.PORT ?? 8000);
  const { origin } = await serve({ port });
  console.log(`Lector playground: ${origin}/www/   (Ctrl+C to stop)`);
}
