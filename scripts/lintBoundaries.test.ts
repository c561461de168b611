import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The repository's biome.json enforces the layers (README, Architecture): this lints a small
// fixture tree with that very config and checks each wrong import is an error, each right one not.

const root = path.resolve(import.meta.dirname, '..')
const biome = path.join(root, 'node_modules', '.bin', 'biome')

/**
 * Fixture files: path → source. Each wrong import is on a line of its own and points at a leaf
 * (a file importing nothing), so the only cycle is the one made on purpose (typeA ↔ typeB).
 */
const fixture: Record<string, string> = {
  'src/features/deposit/Deposit.ts': [
    "import { w } from '../withdraw/leaf'", // another feature
    "import { a } from '../../app/leaf'", // app/
    "import { f } from '../../../devnet/facts'", // the devnet
    "import { b } from '../../bridge/leaf'", // a lower layer: fine
    "import { own } from './own'", // its own folder: fine
    'export const d = [w, a, f, b, own]',
  ].join('\n'),
  'src/features/deposit/own.ts': 'export const own = 1',
  'src/features/withdraw/leaf.ts': 'export const w = 1',
  'src/app/leaf.ts': 'export const a = 1',
  'src/app/App.ts': "import { d } from '../features/deposit/Deposit'\nexport const App = d",
  'src/bridge/ok.ts': [
    "import { useState } from 'react'", // React in bridge/
    "import { useConfig } from 'wagmi'", // wagmi hooks in bridge/
    "import { h } from '../hooks/leaf'", // an upper layer
    "import { c } from '../config/leaf'", // config/ is above bridge/
    "import { l } from '../lib/leaf'", // lib/: fine
    "import type { Config } from '@wagmi/core'", // wagmi's framework-free core: fine
    'export const ok = [useState, useConfig, h, c, l]',
    'export type C = Config',
  ].join('\n'),
  'src/bridge/leaf.ts': 'export const b = 1',
  'src/bridge/ok.test.ts': "import { c } from '../../devnet/src/constants'\nexport const t = c",
  'src/bridge/typeA.ts': "import type { B } from './typeB'\nexport type A = { b?: B }",
  'src/bridge/typeB.ts': "import type { A } from './typeA'\nexport type B = { a?: A }",
  'src/lib/leaf.ts': 'export const l = 1',
  'src/lib/parse.ts': "import { b } from '../bridge/leaf'\nexport const parse = b",
  'src/hooks/leaf.ts': 'export const h = 1',
  'src/hooks/useX.ts': [
    "import { own } from '../features/deposit/own'", // a feature
    "import { c } from '../../devnet/src/constants'", // the devnet
    "import { l } from '../lib/leaf'", // fine
    'export const useX = [own, c, l]',
  ].join('\n'),
  'src/config/leaf.ts': 'export const c = 1',
  'src/config/pairs.ts': "import { a } from '../app/leaf'\nexport const pairs = a",
  'src/config/devnetPairs.ts': [
    "import { f } from '../../devnet/facts'", // the one allowed door: fine
    "import { c } from '../../devnet/src/constants'", // but not devnet/src
    'export const p = [f, c]',
  ].join('\n'),
  'devnet/facts.ts': 'export const f = 1',
  'devnet/src/constants.ts': 'export const c = 1',
}

type Diagnostic = { category: string; location: { path: string; start: { line: number } } }

let dir: string
let found: string[]

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ferry-lint-'))
  const config = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8'))
  config.vcs = { enabled: false }
  writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config))
  for (const [file, text] of Object.entries(fixture)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), `${text}\n`)
  }
  let output: string
  try {
    output = execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    // errors found: biome exits 1, the report is on stdout all the same
    output = String((error as { stdout?: unknown }).stdout)
  }
  const report = JSON.parse(output) as { diagnostics: Diagnostic[] }
  found = report.diagnostics
    .filter((d) => /noRestrictedImports|noImportCycles/.test(d.category))
    .map((d) => `${d.location.path}:${d.location.start.line} ${d.category.split('/').at(-1)}`)
    .sort()
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('biome.json enforces the layers', () => {
  it('reports each wrong import as an error, and only those', () => {
    expect(found).toEqual(
      [
        'src/bridge/ok.ts:1 noRestrictedImports',
        'src/bridge/ok.ts:2 noRestrictedImports',
        'src/bridge/ok.ts:3 noRestrictedImports',
        'src/bridge/ok.ts:4 noRestrictedImports',
        'src/bridge/typeA.ts:1 noImportCycles',
        'src/bridge/typeB.ts:1 noImportCycles',
        'src/config/devnetPairs.ts:2 noRestrictedImports',
        'src/config/pairs.ts:1 noRestrictedImports',
        'src/features/deposit/Deposit.ts:1 noRestrictedImports',
        'src/features/deposit/Deposit.ts:2 noRestrictedImports',
        'src/features/deposit/Deposit.ts:3 noRestrictedImports',
        'src/hooks/useX.ts:1 noRestrictedImports',
        'src/hooks/useX.ts:2 noRestrictedImports',
        'src/lib/parse.ts:1 noRestrictedImports',
      ].sort(),
    )
  })
})
