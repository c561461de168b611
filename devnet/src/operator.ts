import {
  type Address,
  createPublicClient,
  createWalletClient,
  defineChain,
  type Hex,
  http,
  type PublicClient,
  type TransactionReceipt,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { L1_CHAIN_ID } from '../facts'
import { OPERATOR_PRIVATE_KEY } from './constants'
import { Mutex } from './mutex'

export type OperatorL1 = {
  address: Address
  publicClient: PublicClient
  /** Sends a transaction from the operator and waits for its (successful) receipt. */
  send: (tx: { to: Address; data: Hex; gas?: bigint }) => Promise<TransactionReceipt>
}

/**
 * The operator's L1 wallet. Every devnet chain's sequencer sends through this one object so
 * that the operator's nonces never race (one transaction at a time; anvil mines instantly).
 */
export function createOperatorL1(url: string): OperatorL1 {
  const chain = defineChain({
    id: L1_CHAIN_ID,
    name: 'Ferry devnet L1',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [url] } },
  })
  const account = privateKeyToAccount(OPERATOR_PRIVATE_KEY)
  const transport = http(url, { batch: false })
  const publicClient = createPublicClient({ chain, transport, pollingInterval: 20 })
  const walletClient = createWalletClient({ chain, transport, account, pollingInterval: 20 })
  const mutex = new Mutex()
  return {
    address: account.address,
    publicClient: publicClient as PublicClient,
    send: (tx) =>
      mutex.run(async () => {
        const hash = await walletClient.sendTransaction({
          to: tx.to,
          data: tx.data,
          ...(tx.gas ? { gas: tx.gas } : {}),
        })
        const receipt = await publicClient.waitForTransactionReceipt({
          hash,
          pollingInterval: 20,
        })
        if (receipt.status !== 'success')
          throw new Error(`operator transaction ${hash} to ${tx.to} reverted`)
        return receipt
      }),
  }
}
