// Builds the catalog page: one HTML file with its style, its script (the TypeScript of src/,
// compiled by tsc into target/site/tsc/ first, then bundled by esbuild) and the catalog as a
// JSON block, which the adapter (src/adapter.ts) makes from the generated data at build time.
//
// usage: node site/build.mjs --version V --out FILE [--extra FAMILIES.json]
//   --extra adds families to the catalog (the browser test's fixture: a number with several
//   meanings, and a catalog of every size); the page's code is the same.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** tsc's output (site/tsconfig.json). */
export const TSC_OUT = join(root, 'target/site/tsc');
/** The page's limit, in bytes. */
export const MAX_BYTES = 400 * 1000;

/** The page's HTML for the catalog of `version`, with `extraFamilies` after the catalog's own. */
export async function buildPage({ version, extraFamilies = [] }) {
  const { catalog } = await import(pathToFileURL(join(TSC_OUT, 'site/src/adapter.js')).href);
  const data = catalog(version);
  data.families.push(...extraFamilies);
  const ids = data.families.map((f) => f.id);
  if (new Set(ids).size !== ids.length) throw new Error(`site: two families share an id: ${ids.join(' ')}`);

  const js = await esbuild.build({
    entryPoints: [join(TSC_OUT, 'site/src/main.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const css = await esbuild.transform(readFileSync(join(here, 'src/page.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  // Nothing in the script or the data may close its <script> element early.
  const script = js.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const subst = { VERSION: version, CSS: css.code.trim(), CATALOG: json, JS: script.trim() };
  return readFileSync(join(here, 'src/page.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in subst)) throw new Error(`site: page.html names {{${k}}}, which the build does not fill`);
    return subst[k];
  });
}

export async function writePage(out, options) {
  const html = await buildPage(options);
  const bytes = Buffer.byteLength(html);
  if (options.extraFamilies === undefined && bytes > MAX_BYTES) {
    throw new Error(`site: ${out} is ${bytes} bytes, above the limit of ${MAX_BYTES}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' }, extra: { type: 'string' } } });
  if (!values.version || !values.out) {
    console.error('usage: node site/build.mjs --version V --out FILE [--extra FAMILIES.json]');
    process.exit(2);
  }
  const extraFamilies = values.extra ? JSON.parse(readFileSync(values.extra, 'utf8')) : undefined;
  const bytes = await writePage(values.out, { version: values.version, extraFamilies });
  console.log(`site: ${values.out}: ${bytes} bytes`);
}
