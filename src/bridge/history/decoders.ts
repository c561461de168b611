import {
  type Address,
  decodeAbiParameters,
  getAddress,
  type Hex,
  hexToString,
  isAddressEqual,
  size,
  slice,
} from 'viem'
import { CONTRACTS_ETH_ADDRESS, type TokenRef } from '../tokens'

// Pure pieces of rebuilding an account's history from chain logs: decoding what a deposit or a
// withdrawal moved, and merging discovered transfers with the ones saved in this browser.

/** The ERC-20 metadata the L1 vault sends with a deposit: name, symbol, decimals (both encodings). */
export function decodeTokenMetadata(
  data: Hex,
): { name: string; symbol: string; decimals: number } | undefined {
  try {
    const bytes = [{ type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }] as const
    const [name, symbol, decimals] =
      size(data) > 0 && slice(data, 0, 1) === '0x01'
        ? decodeAbiParameters([{ type: 'uint256' }, ...bytes], slice(data, 1)).slice(1)
        : decodeAbiParameters(bytes, data)
    const text = (raw: Hex) => {
      // abi.encode(string) when the token returned a string; raw bytes32 for old tokens
      try {
        return decodeAbiParameters([{ type: 'string' }], raw)[0]
      } catch {
        return hexToString(raw, { size: 32 }).replace(/\0+$/, '')
      }
    }
    return {
      name: text(name as Hex),
      symbol: text(symbol as Hex),
      decimals: Number(decodeAbiParameters([{ type: 'uint256' }], decimals as Hex)[0]),
    }
  } catch {
    return undefined
  }
}

/** `bridgeMintData` of a two-bridges deposit: who sent what to whom. */
export function decodeBridgeMintData(data: Hex) {
  const [originalCaller, receiver, originToken, amount, metadata] = decodeAbiParameters(
    [
      { type: 'address' },
      { type: 'address' },
      { type: 'address' },
      { type: 'uint256' },
      { type: 'bytes' },
    ],
    data,
  )
  return { originalCaller, receiver, originToken, amount, metadata }
}

/** The token of a deposit from its L1 address and metadata (0x…01 is ETH). */
export function tokenFromMetadata(
  l1Address: Address,
  metadata: { name: string; symbol: string; decimals: number } | undefined,
): TokenRef | undefined {
  if (isAddressEqual(l1Address, CONTRACTS_ETH_ADDRESS)) return { kind: 'eth' }
  if (!metadata) return undefined
  return { kind: 'erc20', l1Address: getAddress(l1Address), ...metadata }
}

/** `assetData` of an L2 asset-router withdrawal: abi.encode(amount, l1Receiver, l2Token). */
export function decodeWithdrawalAssetData(data: Hex) {
  const [amount, receiver, l2Token] = decodeAbiParameters(
    [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
    data,
  )
  return { amount, receiver, l2Token }
}
