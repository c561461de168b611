import { createPublicClient, type Hex, http, parseEther } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { describe, expect, inject, it } from 'vitest'
import { DEV_MNEMONIC } from '../../devnet/facts'
import { withRpcOverride } from '../config/chains'
import { devnetL1, devnetL2, devnetL2CustomBase } from '../config/devnetPairs'
import { createLocalKeyProvider } from './createLocalKeyProvider'

// eth_sendTransaction of the local-key wallet (Devnet test wallet, e2e wallet) on the running
// devnet: it fills nonce, gas and fees from the current chain's RPC, signs and sends raw.

const devnet = inject('devnet')
const rpc: Record<number, string> = {
  9: devnet.l1Url,
  ...Object.fromEntries(Object.entries(devnet.l2).map(([id, l2]) => [Number(id), l2.url])),
}
const accounts = [7, 8].map((addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }))

describe('createLocalKeyProvider on the devnet', () => {
  const provider = createLocalKeyProvider({
    accounts,
    chains: [devnetL1, devnetL2, devnetL2CustomBase].map((chain) => ({
      id: chain.id,
      rpcUrl: rpc[chain.id] as string,
      chain: withRpcOverride(chain, rpc),
    })),
    authorized: true,
  })
  const to = accounts[1]?.address as Hex

  for (const chain of [devnetL1, devnetL2, devnetL2CustomBase]) {
    it(`sends a transaction on chain ${chain.id}`, async () => {
      provider.setChainId(chain.id)
      const client = createPublicClient({ transport: http(rpc[chain.id]) })
      const hash = (await provider.request({
        method: 'eth_sendTransaction',
        params: [{ from: accounts[0]?.address, to, value: `0x${parseEther('0.01').toString(16)}` }],
      })) as Hex
      const receipt = await client.waitForTransactionReceipt({ hash })
      expect(receipt.status).toBe('success')
      expect(receipt.from.toLowerCase()).toBe(accounts[0]?.address.toLowerCase())
      const tx = await client.getTransaction({ hash })
      expect(tx.to?.toLowerCase()).toBe(to.toLowerCase())
      expect(tx.value).toBe(parseEther('0.01'))
    })
  }

  it('surfaces a revert from gas estimation with the node error', async () => {
    provider.setChainId(9)
    // Sending more than the balance fails in estimation / submission.
    await expect(
      provider.request({
        method: 'eth_sendTransaction',
        params: [{ from: accounts[0]?.address, to, value: `0x${(10n ** 30n).toString(16)}` }],
      }),
    ).rejects.toMatchObject({ code: expect.any(Number) })
  })
})
