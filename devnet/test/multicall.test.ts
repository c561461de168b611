import { erc20Abi, parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import { MULTICALL3_ADDRESS } from '../facts'
import { clients, devnet } from './support'

// Multicall3 at its canonical address on L1 and on each L2 (through the gateway), as on real
// chains: many reads in one eth_call, a failing one reported in place.

const multicall3 = { address: MULTICALL3_ADDRESS } as const
const helpers = parseAbi([
  'function getChainId() view returns (uint256)',
  'function getEthBalance(address) view returns (uint256)',
])

describe('Multicall3', () => {
  for (const chainId of [270, 272]) {
    it(`aggregates reads on L1 and on L2 ${chainId}, failures in place`, async () => {
      const c = clients(3, chainId)
      const { TST } = devnet.deployment.tokens
      for (const [client, id] of [
        [c.l1, 9],
        [c.l2, chainId],
      ] as const) {
        const results = await client.multicall({
          multicallAddress: multicall3.address,
          contracts: [
            { address: MULTICALL3_ADDRESS, abi: helpers, functionName: 'getChainId' },
            {
              address: MULTICALL3_ADDRESS,
              abi: helpers,
              functionName: 'getEthBalance',
              args: [c.account.address],
            },
            // on L2 there is no contract at the L1 token's address: that read fails alone
            { address: TST, abi: erc20Abi, functionName: 'symbol' },
          ],
        })
        expect(results[0]).toEqual({ status: 'success', result: BigInt(id) })
        expect(results[1]).toEqual({
          status: 'success',
          result: await client.getBalance({ address: c.account.address }),
        })
        if (id === 9) expect(results[2]).toEqual({ status: 'success', result: 'TST' })
        else expect(results[2]?.status).toBe('failure')
      }
    })
  }
})
