import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { build, type Manifest } from 'vite'

// `npm run bench:size`: builds the app (vite build, the default public configuration unless
// VITE_* variables say otherwise) and prints the gzip size of the JavaScript EXECUTED ON FIRST
// LOAD of the deposit page: the entry chunk and everything it imports statically (what
// dist/index.html loads and modulepreloads). Lazy chunks (wallet SDKs, locales, icons, other
// routes) are excluded from that figure and listed separately.
//   --budget <KiB>   exit 1 when the first-load figure is above it (default 300)
//   --top <n>        rows in the chunk table (default 15)
//   --no-build       measure the existing dist/

const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: '300' },
    top: { type: 'string', default: '15' },
    'no-build': { type: 'boolean', default: false },
  },
})

const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'dist')

if (!values['no-build']) {
  await build({
    root,
    logLevel: 'warn',
    build: { manifest: true, outDir, emptyOutDir: true },
  })
}

const manifest = JSON.parse(
  readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
) as Manifest
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
if (!entryKey) throw new Error('no entry in the Vite manifest (was it built with manifest: true?)')

const kib = (bytes: number) => (bytes / 1024).toFixed(1)
const gzip = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length
const raw = (file: string) => readFileSync(path.join(outDir, file)).length

// Static closure of the entry: `imports` only (not `dynamicImports`).
const firstLoad = new Set<string>()
const css = new Set<string>()
const visit = (key: string) => {
  const chunk = manifest[key]
  if (!chunk || firstLoad.has(chunk.file)) return
  firstLoad.add(chunk.file)
  for (const file of chunk.css ?? []) css.add(file)
  for (const imported of chunk.imports ?? []) visit(imported)
}
visit(entryKey)

// Cross-check with what index.html actually loads.
const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
const htmlScripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
].map((m) => m[1] as string)
for (const file of htmlScripts)
  if (!firstLoad.has(file)) console.warn(`note: index.html also loads ${file}`)

const allJs = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file, i, files) => file.endsWith('.js') && files.indexOf(file) === i)
const rows = allJs
  .map((file) => ({ file, raw: raw(file), gzip: gzip(file), first: firstLoad.has(file) }))
  .sort((a, b) => b.gzip - a.gzip)

const firstLoadGzip = rows.filter((r) => r.first).reduce((sum, r) => sum + r.gzip, 0)
const firstLoadRaw = rows.filter((r) => r.first).reduce((sum, r) => sum + r.raw, 0)
const cssGzip = [...css].reduce((sum, file) => sum + gzip(file), 0)
const lazyGzip = rows.filter((r) => !r.first).reduce((sum, r) => sum + r.gzip, 0)

console.log(`\nLargest JS chunks (gzip level 9):`)
console.log(`  ${'chunk'.padEnd(48)} ${'raw KiB'.padStart(9)} ${'gzip KiB'.padStart(9)}  loaded`)
for (const row of rows.slice(0, Number(values.top)))
  console.log(
    `  ${row.file.replace(/^assets\//, '').padEnd(48)} ${kib(row.raw).padStart(9)} ${kib(row.gzip).padStart(9)}  ${row.first ? 'first load' : 'lazy'}`,
  )
console.log(`
First-load JS of the deposit page: ${kib(firstLoadGzip)} KiB gzip (${kib(firstLoadRaw)} KiB raw, ${firstLoad.size} file${firstLoad.size === 1 ? '' : 's'})
First-load CSS: ${kib(cssGzip)} KiB gzip
Lazy JS (wallet SDKs, locales, icons, other routes): ${kib(lazyGzip)} KiB gzip in ${rows.length - firstLoad.size} chunks`)

const budget = Number(values.budget)
if (firstLoadGzip / 1024 > budget) {
  console.error(`\nOver budget: ${kib(firstLoadGzip)} KiB > ${budget} KiB`)
  process.exit(1)
}
console.log(`Budget ${budget} KiB: ok`)
