// The package is "type": "module"; dist/cjs/package.json makes Node read the CommonJS build's
// .js files as CommonJS.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{\n  "type": "commonjs"\n}\n');
