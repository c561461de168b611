import { type Address, parseAbi } from 'viem'
import { readContract } from 'viem/actions'
import { getBridgehubContractAddress } from 'viem/zksync'
import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import { l2ClientOf, publicClientOf } from './clients'

const bridgehubAbi = parseAbi(['function baseToken(uint256) view returns (address)'])
const cache = new Map<string, Promise<Address>>()

/** The pair's base token on L1 (`0x…01` for ETH), read once from the Bridgehub and remembered. */
export function bridgeBaseToken(config: Config, pair: ChainPair): Promise<Address> {
  const key = `${pair.l1.id}:${pair.l2.id}`
  let value = cache.get(key)
  if (!value) {
    value = (async () => {
      const bridgehub = await getBridgehubContractAddress(l2ClientOf(config, pair.l2.id))
      return readContract(publicClientOf(config, pair.l1.id), {
        address: bridgehub,
        abi: bridgehubAbi,
        functionName: 'baseToken',
        args: [BigInt(pair.l2.id)],
      })
    })()
    value.catch(() => cache.delete(key))
    cache.set(key, value)
  }
  return value
}
