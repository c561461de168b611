import {
  concatHex,
  encodeAbiParameters,
  getAddress,
  padHex,
  parseAbiParameters,
  stringToHex,
} from 'viem'
import { describe, expect, it } from 'vitest'
import {
  decodeBridgeMintData,
  decodeTokenMetadata,
  decodeWithdrawalAssetData,
  tokenFromMetadata,
} from './decoders'

const alice = getAddress('0x36615cf349d7f6344891b1e7ca7c72883f5dc049')
const token = getAddress('0x5fbdb2315678afecb367f032d93f642f64180aa3')
const str = (s: string) => encodeAbiParameters(parseAbiParameters('string'), [s])

describe('decoding what a transfer moved', () => {
  it('reads token metadata in the 0x01 format (the vault’s) and the legacy format', () => {
    const fields = [
      str('Test Token'),
      str('TST'),
      encodeAbiParameters(parseAbiParameters('uint8'), [18]),
    ] as const
    const v1 = concatHex([
      '0x01',
      encodeAbiParameters(parseAbiParameters('uint256,bytes,bytes,bytes'), [9n, ...fields]),
    ])
    const legacy = encodeAbiParameters(parseAbiParameters('bytes,bytes,bytes'), fields)
    for (const data of [v1, legacy])
      expect(decodeTokenMetadata(data)).toEqual({ name: 'Test Token', symbol: 'TST', decimals: 18 })
  })
  it('reads bytes32 names of old tokens and refuses garbage', () => {
    const name = padHex(stringToHex('MKR'), { dir: 'right', size: 32 })
    const legacy = encodeAbiParameters(parseAbiParameters('bytes,bytes,bytes'), [
      name,
      name,
      encodeAbiParameters(parseAbiParameters('uint256'), [18n]),
    ])
    expect(decodeTokenMetadata(legacy)).toEqual({ name: 'MKR', symbol: 'MKR', decimals: 18 })
    expect(decodeTokenMetadata('0x1234')).toBeUndefined()
  })
  it('reads bridgeMintData and withdrawal assetData', () => {
    const mint = encodeAbiParameters(parseAbiParameters('address,address,address,uint256,bytes'), [
      alice,
      alice,
      token,
      5n,
      '0x',
    ])
    expect(decodeBridgeMintData(mint)).toMatchObject({
      receiver: alice,
      originToken: token,
      amount: 5n,
    })
    const assetData = encodeAbiParameters(parseAbiParameters('uint256,address,address'), [
      7n,
      alice,
      token,
    ])
    expect(decodeWithdrawalAssetData(assetData)).toEqual({
      amount: 7n,
      receiver: alice,
      l2Token: token,
    })
  })
  it('maps 0x…01 to ETH and needs metadata for an ERC-20', () => {
    expect(tokenFromMetadata('0x0000000000000000000000000000000000000001', undefined)).toEqual({
      kind: 'eth',
    })
    expect(tokenFromMetadata(token, undefined)).toBeUndefined()
    expect(tokenFromMetadata(token, { name: 'T', symbol: 'T', decimals: 6 })).toEqual({
      kind: 'erc20',
      l1Address: token,
      name: 'T',
      symbol: 'T',
      decimals: 6,
    })
  })
})
