import { describe, expect, it } from 'vitest'
import { DEV_MNEMONIC, DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { devnetNeedles, findNeedles } from './findDevnetFacts'

describe('findNeedles with the devnet needles', () => {
  const needles = devnetNeedles()

  it('finds the mnemonic, a checksummed or lowercase address, a devnet URL and a chain name', () => {
    const files = [
      { name: 'a.js', text: `const m="${DEV_MNEMONIC}"` },
      { name: 'b.js', text: `x=${DEVNET_DEFAULT_ADDRESSES.tokens.TUSD}` },
      { name: 'c.js', text: `x="${DEVNET_DEFAULT_ADDRESSES.bridgehub.toLowerCase()}"` },
      { name: 'd.js', text: 'fetch("http://127.0.0.1:3050")' },
      { name: 'e.js', text: 'name:"Ferry devnet (TST gas)"' },
    ]
    expect(findNeedles(files, needles).map((f) => [f.file, f.what])).toEqual([
      ['a.js', 'the dev mnemonic'],
      ['b.js', 'address DEVNET_DEFAULT_ADDRESSES.tokens.TUSD'],
      ['c.js', 'address DEVNET_DEFAULT_ADDRESSES.bridgehub'],
      ['d.js', 'the devnet RPC port 3050'],
      ['e.js', 'a devnet chain name'],
    ])
  })

  it('finds nothing in code that only shares the protocol’s fixed addresses', () => {
    const files = [
      {
        name: 'app.js',
        text: 'a="0x000000000000000000000000000000000000800a";b="https://mainnet.era.zksync.io"',
      },
    ]
    expect(findNeedles(files, needles)).toEqual([])
  })
})
