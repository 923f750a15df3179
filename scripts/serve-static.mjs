// A tiny static server for the built site, used by the browser tests and the benchmark.
// Serves DIR under the URL prefix BASE (default "/"), with 404.html for unknown paths, gzipping text as hosts do.
//   node scripts/serve-static.mjs <dir> <port> [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function resolve(path) {
  const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  try {
    const info = await stat(file);
    if (info.isDirectory()) return resolve(join(path, 'index.html'));
    return file;
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not under base path');
    return;
  }
  path = '/' + path.slice(base.length);
  const file = await resolve(path);
  if (!file) {
    const notFound = await resolve('/404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    res.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = await readFile(file);
  const compressible = /^(text\/|application\/(json|xml|javascript))|svg/.test(type);
  if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' });
    res.end(gzipSync(body));
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
