// message() against Map.get over the same table (every return code's Chinese message), on the
// same codes: known codes, unknown codes (near the catalog's ranges and anywhere) and a random
// mix. Prints ns per call (median of rounds) and message()'s ratio to Map.get: the median of
// each round's ratio, as the two run side by side in a round, so a busy machine slows both.
// Then the product lookups, in the same rounds: productMessage(Product.AI_AGENT, code) on the
// same codes, and productMessage(product, code) over every product's return codes, product
// by product (known: each product's, every section's; unknown: near them, in their product;
// mixed), each against message() on its set; then the same two through a product's lookups
// held by the caller (productLookup(product).message(code)). Figures only: nothing is asserted.
// usage: node benches/node/message.mjs PACKAGE_DIR [--quick]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, flag] = process.argv.slice(2);
const quick = flag === '--quick';
const z = await import(pathToFileURL(resolve(dir, 'dist/esm/index.js')).href);
// Called through a binding of its own, as `import { message } from 'zego-codes'` gives a user,
// rather than as a property of the namespace object, which would add a load per call that no
// user's code makes.
const { message, productMessage, productLookup, Product } = z;
// A product's lookups held by the caller, as `productLookup(Product.RTC)` gives them.
const aiagent = productLookup(Product.AI_AGENT);

// A fixed pseudo-random sequence, so every run measures the same codes.
let state = 0x2545f491;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
};

const known = Object.values(z.ZegoCode);
const table = new Map(known.map((c) => [c, message(c)]));
const unknown = [];
while (unknown.length < 1024) {
  const c = unknown.length % 2 ? random() : (known[random() % known.length] + (random() % 2000) - 1000) >>> 0;
  if (!table.has(c)) unknown.push(c);
}
const sets = {
  known: Array.from({ length: 1024 }, () => known[random() % known.length]),
  unknown,
  mixed: Array.from({ length: 1024 }, () => (random() % 2 ? known[random() % known.length] : unknown[random() % 1024])),
};

// Every product's codes, product by product (a caller looks codes up in the product whose API
// it calls): per product, 1024 known return codes (its own, every section's), 1024 unknown
// ones near them, and a mix.
const everySets = { known: [], unknown: [], mixed: [] };
for (const [key, p] of Object.entries(Product)) {
  const own = [...new Set(Object.values(z.ProductCode[key]))];
  const near = [];
  while (near.length < 1024) {
    const c = (own[random() % own.length] + (random() % 2000) - 1000) >>> 0;
    if (!z.productInfo(p, c).known) near.push(c);
  }
  const pick = () => own[random() % own.length];
  everySets.known.push([p, Array.from({ length: 1024 }, pick)]);
  everySets.unknown.push([p, near]);
  everySets.mixed.push([p, Array.from({ length: 1024 }, () => (random() % 2 ? pick() : near[random() % 1024]))]);
}
// The same sets, each product's held lookup in place of its id.
const everyLookupSets = {};
for (const [name, perProduct] of Object.entries(everySets)) {
  everyLookupSets[name] = perProduct.map(([p, codes]) => [productLookup(p), codes]);
}

const rounds = quick ? 3 : 41;
const calls = quick ? 1 << 18 : 1 << 20;
const warmCalls = 1 << 10;
let sink = 0;

// One loop per lookup, so neither shares a call site the JIT sees both functions at. Each loop
// reads its bound once as an integer (`calls | 0`): the count is a parameter, so the warm-up
// below can pass a short one, and a parameter compared as is gets a type check every time round.
function timeMessage(codes, calls) {
  const start = performance.now();
  let n = 0;
  for (let i = 0, end = calls | 0; i < end; i++) {
    n += message(codes[i & 1023]).length;
  }
  const ns = ((performance.now() - start) * 1e6) / calls;
  sink ^= n; // stays a small integer: a sum would outgrow V8's small integers and deoptimize
  return ns;
}

function timeProduct(codes, calls) {
  const start = performance.now();
  let n = 0;
  const aiagent = Product.AI_AGENT;
  for (let i = 0, end = calls | 0; i < end; i++) {
    n += productMessage(aiagent, codes[i & 1023]).length;
  }
  const ns = ((performance.now() - start) * 1e6) / calls;
  sink ^= n;
  return ns;
}

// Every product's codes: each product's loop in turn, the calls shared out among them.
function timeEvery(perProduct, calls) {
  const start = performance.now();
  let n = 0;
  const each = (calls / perProduct.length) | 0;
  for (const [product, codes] of perProduct) {
    for (let i = 0; i < each; i++) {
      n += productMessage(product, codes[i & 1023]).length;
    }
  }
  const ns = ((performance.now() - start) * 1e6) / (each * perProduct.length);
  sink ^= n;
  return ns;
}

// The held lookups: AI Agent's on the same codes as message(), and every product's in turn.
function timeLookup(codes, calls) {
  const start = performance.now();
  let n = 0;
  for (let i = 0, end = calls | 0; i < end; i++) {
    n += aiagent.message(codes[i & 1023]).length;
  }
  const ns = ((performance.now() - start) * 1e6) / calls;
  sink ^= n;
  return ns;
}

function timeEveryLookup(perProduct, calls) {
  const start = performance.now();
  let n = 0;
  const each = (calls / perProduct.length) | 0;
  for (const [lookup, codes] of perProduct) {
    for (let i = 0; i < each; i++) {
      n += lookup.message(codes[i & 1023]).length;
    }
  }
  const ns = ((performance.now() - start) * 1e6) / (each * perProduct.length);
  sink ^= n;
  return ns;
}

// The loop alone (load the code, add a number), to show what each lookup adds to it.
function timeLoop(codes, calls) {
  const start = performance.now();
  let n = 0;
  for (let i = 0, end = calls | 0; i < end; i++) {
    n += codes[i & 1023] & 7;
  }
  const ns = ((performance.now() - start) * 1e6) / calls;
  sink ^= n; // stays a small integer: a sum would outgrow V8's small integers and deoptimize
  return ns;
}

function timeMap(codes, calls) {
  const start = performance.now();
  let n = 0;
  for (let i = 0, end = calls | 0; i < end; i++) {
    const s = table.get(codes[i & 1023]);
    n += s === undefined ? 0 : s.length;
  }
  const ns = ((performance.now() - start) * 1e6) / calls;
  sink ^= n; // stays a small integer: a sum would outgrow V8's small integers and deoptimize
  return ns;
}

const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const productLines = [];
const lookupLines = [];
for (const [name, codes] of Object.entries(sets)) {
  const perProduct = everySets[name];
  const perLookup = everyLookupSets[name];
  const m = [];
  const g = [];
  const l = [];
  const pa = [];
  const pe = [];
  const ratio = [];
  const ratioProduct = [];
  const ratioEvery = [];
  const la = [];
  const le = [];
  const ratioLookup = [];
  const ratioEveryLookup = [];
  // Short untimed calls first, so V8 optimizes each loop as a whole with the feedback of its
  // code after the loop as well. Without them the first long call compiles the loop alone
  // (on-stack replacement) before that code has run; in some processes each later round then
  // starts interpreted and reenters that code, and the round's time depends on that race
  // rather than on the lookup.
  for (let r = 0; r < 50; r++) {
    timeMessage(codes, warmCalls);
    timeMap(codes, warmCalls);
    timeLoop(codes, warmCalls);
    timeProduct(codes, warmCalls);
    timeEvery(perProduct, warmCalls * perProduct.length);
    timeLookup(codes, warmCalls);
    timeEveryLookup(perLookup, warmCalls * perLookup.length);
  }
  for (let r = 0; r < rounds; r++) {
    m.push(timeMessage(codes, calls));
    g.push(timeMap(codes, calls));
    l.push(timeLoop(codes, calls));
    pa.push(timeProduct(codes, calls));
    pe.push(timeEvery(perProduct, calls));
    ratio.push(m[r] / g[r]);
    ratioProduct.push(pa[r] / m[r]);
    ratioEvery.push(pe[r] / m[r]);
    la.push(timeLookup(codes, calls));
    le.push(timeEveryLookup(perLookup, calls));
    ratioLookup.push(la[r] / m[r]);
    ratioEveryLookup.push(le[r] / m[r]);
  }
  const [a, b, loop] = [median([...m]), median([...g]), median([...l])];
  console.log(
    `node ${name.padEnd(8)} message() ${a.toFixed(2).padStart(6)} ns  Map.get ${b.toFixed(2).padStart(6)} ns  ` +
      `ratio ${median(ratio).toFixed(2)} (goal: at most 0.5); loop alone ${loop.toFixed(2)} ns, ratio net of it ${((a - loop) / (b - loop)).toFixed(2)}`,
  );
  productLines.push(
    `node ${name.padEnd(8)} productMessage(Product.AI_AGENT, c) ${median([...pa]).toFixed(2).padStart(6)} ns, ratio ${median(ratioProduct).toFixed(2)} to message(); ` +
      `every product's codes ${median([...pe]).toFixed(2).padStart(6)} ns, ratio ${median(ratioEvery).toFixed(2)} (goal: at most 1.3)`,
  );
  lookupLines.push(
    `node ${name.padEnd(8)} productLookup(Product.AI_AGENT).message(c) ${median([...la]).toFixed(2).padStart(6)} ns, ratio ${median(ratioLookup).toFixed(2)} to message(); ` +
      `every product's codes ${median([...le]).toFixed(2).padStart(6)} ns, ratio ${median(ratioEveryLookup).toFixed(2)} (goal: at most 1.3)`,
  );
}
for (const line of [...productLines, ...lookupLines]) console.log(line);
if (quick) console.log('node: a quick run checks that the benchmark works; make bench-node measures');
if (sink === 0) console.log('(no work done)');
