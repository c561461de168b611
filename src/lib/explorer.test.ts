import { mainnet, zksync, zksyncSepoliaTestnet } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { PUBLIC_PAIRS } from '../config/chains'
import { DEVNET_PAIRS } from '../config/devnetPairs'
import { getExplorerBaseUrl, getExplorerName, getExplorerUrl } from './explorer'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

const HASH = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060'

describe('explorer', () => {
  it('links transactions and addresses on Etherscan and the zkSync explorer', () => {
    expect(getExplorerUrl(mainnet, 'tx', HASH)).toBe(`https://etherscan.io/tx/${HASH}`)
    expect(getExplorerUrl(zksync, 'address', '0xabc')).toBe(
      'https://explorer.zksync.io/address/0xabc',
    )
    // A trailing slash in the chain definition does not double.
    expect(getExplorerUrl(zksyncSepoliaTestnet, 'block', 12n)).toBe(
      'https://sepolia.explorer.zksync.io/block/12',
    )
    expect(getExplorerName(mainnet)).toBe('Etherscan')
  })

  it('has nothing for the devnet', () => {
    expect(getExplorerBaseUrl(BUILT_IN_PAIRS['devnet-270'].l2)).toBeUndefined()
    expect(getExplorerUrl(BUILT_IN_PAIRS['devnet-270'].l1, 'tx', HASH)).toBeUndefined()
  })
})
