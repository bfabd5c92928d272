// README.md's product example runs against both builds and prints what the README says.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.split('## Every ZEGO server product')[1] ?? '';
const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];

test('README.md has the product example and its output', () => {
  assert.ok(code && output);
  assert.match(code, /^import \{ ([^}]+) \} from 'zego-codes';$/m);
});

for (const build of ['esm', 'cjs']) {
  test(`${build}: README.md's product example prints its output`, () => {
    const dist = fileURLToPath(new URL(`../dist/${build}/index.js`, import.meta.url));
    const program =
      build === 'esm'
        ? code.replace(/from 'zego-codes';/, `from ${JSON.stringify(new URL(`file://${dist}`).href)};`)
        : code.replace(/^import \{ ([^}]+) \} from 'zego-codes';$/m, (_, names) => `const { ${names} } = require(${JSON.stringify(dist)});`);
    assert.notEqual(program, code);
    const args = build === 'esm' ? ['--input-type=module', '-e', program] : ['--input-type=commonjs', '-e', program];
    assert.equal(execFileSync(process.execPath, args, { encoding: 'utf8' }), output);
  });
}
