// A minimal static server for the end-to-end tests: serves a folder under a URL prefix
// (the site must work from any sub-folder). With --csp it sends the strict
// Content-Security-Policy that hosts are told to use; with --cors, the
// Access-Control-Allow-Origin: * that static hosts such as GitHub Pages send, which a course
// page on another origin needs to load <activation-plot>.
// With --site=ORIGIN, the HTML files it serves have __SITE__ replaced by ORIGIN: the course
// pages in hosts/ name the explorer's origin that way, so the suite can run on any port.
// With --gzip, files go gzip-compressed to a browser that accepts it, as static hosts send them
// (Lighthouse's transfer sizes are then the real ones).
// Usage: node static-server.mjs ROOT PREFIX PORT [--csp] [--cors] [--gzip] [--site=ORIGIN]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

import { STRICT_CSP } from '../../scripts/csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

const [root = 'dist', prefix = '/', port = '4174', ...flags] = process.argv.slice(2);
const headers = {
  ...(flags.includes('--csp') && { 'Content-Security-Policy': STRICT_CSP }),
  ...(flags.includes('--cors') && { 'Access-Control-Allow-Origin': '*' }),
};
const site = flags.find((flag) => flag.startsWith('--site='))?.slice('--site='.length);
const rootPath = resolve(root);

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (!path.startsWith(prefix)) return send(response, 404);
  const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  let file = join(rootPath, relative);
  if (!file.startsWith(rootPath)) return send(response, 403);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    return send(response, 404);
  }
  const gzip = flags.includes('--gzip') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers, ...(gzip && { 'Content-Encoding': 'gzip' }) });
  if (site && extname(file) === '.html') response.end((await readFile(file, 'utf8')).replaceAll('__SITE__', site));
  else if (gzip) createReadStream(file).pipe(createGzip({ level: 9 })).pipe(response);
  else createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${rootPath} at http://127.0.0.1:${port}${prefix}`));

function send(response, status) {
  response.writeHead(status, { 'Content-Type': 'text/plain' });
  response.end(String(status));
}
