import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { devnetNeedles, findNeedles } from './findDevnetFacts'

// `npm run check:bundle` (part of `npm test`): builds Ferry as a public site is built (no VITE_*
// variables: the public pairs only) and fails when any of its files, lazy chunks included,
// carries a devnet fact: the dev mnemonic, the operator key, a devnet address, port or chain name.

const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(tmpdir(), `ferry-public-build-${process.pid}`)
for (const key of Object.keys(process.env)) if (key.startsWith('VITE_')) delete process.env[key]

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )
}

try {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } })
  const files = filesIn(outDir)
    .filter((file) => /\.(js|mjs|html|css|json|map|txt|webmanifest)$/.test(file))
    .map((file) => ({ name: path.relative(outDir, file), text: readFileSync(file, 'utf8') }))
  const needles = devnetNeedles()
  const findings = findNeedles(files, needles)
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0)
  console.log(
    `public build: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB scanned for ${needles.length} devnet facts`,
  )
  if (findings.length > 0) {
    for (const f of findings) console.error(`  ${f.file}: ${f.what}`)
    console.error('A public build must not carry devnet facts (see src/config/chains.ts).')
    process.exitCode = 1
  } else console.log('no devnet constant in the public build')
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
