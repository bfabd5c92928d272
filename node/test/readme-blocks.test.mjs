// README.md's "Look up a code" and "Checking responses" blocks (the product example is
// readme.test.mjs's). The first runs against both builds, each line whose comment starts with
// values (string, number, true, false, null, then the end, `:`, `,` or a blank) held to them,
// and each whose comment is an object (`{ key, key: VALUE }`) held to its keys and values.
// The second is type-checked by the package's TypeScript against the ESM build's .d.ts (with
// node:crypto declared as far as it uses it: the package has no @types/node), then run with a
// stand-in fetch through each of its paths.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dist = (build) => fileURLToPath(new URL(`../dist/${build}/index.js`, import.meta.url));

function block(heading, lang) {
  const section = readme.split(`\n${heading}\n`)[1]?.split(/\n## /)[0] ?? '';
  const code = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1];
  assert.ok(code, `README.md has no ${lang} block under ${heading}`);
  return code;
}

const VALUE = String.raw`'(?:[^'\\]|\\.)*'|true|false|null|-?\d+`;
const CLAIM = new RegExp(`^((?:${VALUE})(?:, (?:${VALUE}))*)(?=$|[:,\\s])`);

export function claimOf(comment) {
  return CLAIM.exec(comment)?.[1] ?? null;
}

// An object a comment shows, `{ key, key: VALUE, ... }`, maybe over the comment lines below:
// the keys it lists, with the values it gives.
export function objectOf(comment, below) {
  if (!comment.startsWith('{')) return null;
  let text = comment;
  for (const line of below) {
    if (text.includes('}')) break;
    const more = /^\s*\/\/\s*(.*)$/.exec(line);
    if (!more) return null;
    text += ' ' + more[1];
  }
  const inner = /^\{([^{}]*)\}/.exec(text)?.[1];
  if (inner === undefined) return null;
  const keys = [];
  const values = [];
  for (const part of inner.split(',').map((p) => p.trim()).filter(Boolean)) {
    const kv = new RegExp(`^(\\w+)(?:: (${VALUE}))?$`).exec(part);
    if (!kv) return null;
    keys.push(JSON.stringify(kv[1]));
    if (kv[2] !== undefined) values.push(`${kv[1]}: ${kv[2]}`);
  }
  return `[${keys.join(', ')}], { ${values.join(', ')} }`;
}

// The block as a program: each `EXPR; // VALUES...` line through shown(), each
// `EXPR; // { OBJECT }` through shownObject().
function statementsProgram(code, from) {
  let claims = 0;
  const all = code.split('\n');
  const lines = all.map((line, i) => {
    const m = /^(\s*)([^/].*?);\s*\/\/\s*(.*)$/.exec(line);
    const expression = m && !m[2].includes('=') && !m[2].startsWith('import ');
    const where = JSON.stringify(`README.md block line ${i + 1}: ${line.trim()}`);
    const object = expression ? objectOf(m[3], all.slice(i + 1)) : null;
    if (object) {
      claims++;
      return `${m[1]}shownObject(${where}, ${object}, () => ${m[2]});`;
    }
    const claim = expression ? claimOf(m[3]) : null;
    if (!claim) return line;
    claims++;
    return `${m[1]}shown(${where}, [${claim}], () => [${m[2]}]);`;
  });
  const program = lines.join('\n').replace(/from 'zego-codes';/, `from ${JSON.stringify(pathToFileURL(from).href)};`);
  const shown = `function shown(where, want, got) {
  got = got();
  if (want.length !== got.length || want.some((w, i) => w !== got[i])) {
    console.log(where + ': is ' + JSON.stringify(got));
    process.exit(1);
  }
}
function shownObject(where, keys, values, got) {
  got = got();
  const same = Object.keys(got).length === keys.length && keys.every((k) => k in got) && Object.entries(values).every(([k, v]) => got[k] === v);
  if (!same) {
    console.log(where + ': is ' + JSON.stringify(got));
    process.exit(1);
  }
}\n`;
  return { program: shown + program, claims };
}

test('the claim reader', () => {
  assert.equal(claimOf("'AI agent instance not found.'"), "'AI agent instance not found.'");
  assert.equal(claimOf("410001002: a frozen object"), '410001002');
  assert.equal(claimOf("false: unknown codes get generic texts"), 'false');
  assert.equal(claimOf("{ code, known: true,"), null);
  assert.equal(claimOf("callback exception event codes: eventMessage"), null);
});

test('the object reader', () => {
  assert.equal(objectOf("{ code, known: true,", ["  //   name: 'X' }", 'x;']), `["code", "known", "name"], { known: true, name: 'X' }`);
  assert.equal(objectOf('{ code', ['x;']), null);
  assert.equal(objectOf('code', []), null);
});

test('a wrong claim fails', () => {
  const { program } = statementsProgram("import { info } from 'zego-codes';\ninfo(0).known; // false\n", dist('esm'));
  assert.throws(() => execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' }), (e) => /is \[true\]/.test(e.stdout));
  const object = statementsProgram("import { info } from 'zego-codes';\ninfo(0); // { code, known: false }\n", dist('esm')).program;
  assert.throws(() => execFileSync(process.execPath, ['--input-type=module', '-e', object], { encoding: 'utf8' }), (e) => /is \{/.test(e.stdout));
});

test("README.md's lookup block shows what it evaluates to, in both builds", () => {
  const code = block('## Look up a code', 'ts');
  for (const build of ['esm', 'cjs']) {
    const { program, claims } = statementsProgram(code, dist(build));
    assert.ok(claims > 0, 'no line of the block shows a value');
    execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
  }
});

test("README.md's API call type-checks against the package and takes each path", async () => {
  const code = block('## Checking responses', 'ts');
  const dir = mkdtempSync(join(tmpdir(), 'readme-ts-'));
  try {
    const file = join(dir, 'agent.ts');
    writeFileSync(file, code.replace(/from 'zego-codes';/, `from ${JSON.stringify(dist('esm'))};`));
    writeFileSync(
      join(dir, 'shims.d.ts'),
      `declare module 'node:crypto' {
  export function randomBytes(n: number): { toString(encoding: 'hex'): string };
  export function createHash(algorithm: string): { update(data: string): { digest(encoding: 'hex'): string } };
}\n`,
    );
    const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'], types: [] };
    const program = ts.createProgram([file, join(dir, 'shims.d.ts')], options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, [], "README.md's API call does not type-check");

    const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext } }).outputText;
    writeFileSync(join(dir, 'agent.mjs'), js.replace(/from 'zego-codes';/, `from ${JSON.stringify(pathToFileURL(dist('esm')).href)};`));
    const agent = await import(pathToFileURL(join(dir, 'agent.mjs')).href);
    const { info, ZegoCode, ZegoError } = await import(pathToFileURL(dist('esm')).href);

    const realFetch = globalThis.fetch;
    const realError = console.error;
    const answers = [];
    const requests = [];
    const logged = [];
    globalThis.fetch = async (url, init) => {
      requests.push({ url: String(url), body: init.body });
      return { json: async () => answers.shift() };
    };
    console.error = (line) => logged.push(line);
    try {
      const ok = { Code: 0, Data: { AgentInstanceId: 'a1' }, RequestId: 'r0' };
      answers.push(ok);
      assert.deepEqual(await agent.callAgentApi(1, 'secret', 'QueryAgentInstance', {}), ok.Data);
      assert.match(requests[0].url, /[?&]Action=QueryAgentInstance&AppId=1&SignatureNonce=[0-9a-f]{16}&Timestamp=\d+&Signature=[0-9a-f]{32}&SignatureVersion=2\.0$/);

      answers.push({ Code: 410001002, RequestId: 'r1' });
      assert.equal(await agent.deleteInstance(1, 'secret', 'gone'), undefined);

      const limited = Object.values(ZegoCode).find((c) => info(c).guidance === 'slow_down');
      answers.push({ Code: limited, RequestId: 'r2' }, ok);
      const before = requests.length;
      assert.equal(await agent.deleteInstance(1, 'secret', 'busy'), undefined);
      // The rate limit's answer and the retry's: both asked for, by the same action.
      assert.equal(answers.length, 0);
      assert.ok(requests.slice(before).every((r) => new URL(r.url).searchParams.get('Action') === 'DeleteAgentInstance'));

      answers.push({ Code: 100000004, Message: 'expired', RequestId: 'r3' });
      await assert.rejects(agent.deleteInstance(1, 'secret', 'x'), ZegoError);
      assert.equal(logged.length, 1);
      assert.match(logged[0], /^ZEGO 100000004 SIGNATURE_EXPIRED: expired \(RequestId r3\); /);
    } finally {
      globalThis.fetch = realFetch;
      console.error = realError;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
