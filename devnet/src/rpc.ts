import { type Hex, numberToHex } from 'viem'
import { rpcCall } from './jsonrpc/client'

/** A raw JSON-RPC caller bound to one endpoint (results stay in wire format). */
export type Rpc = <T = unknown>(method: string, params?: unknown[]) => Promise<T>

export function createRpc(url: string): Rpc {
  return <T>(method: string, params: unknown[] = []) => rpcCall(url, method, params) as Promise<T>
}

export const hex = (value: bigint | number): Hex => numberToHex(value)

/** Small typed helpers over a node's raw RPC (anvil). */
export function anvilActions(rpc: Rpc) {
  return {
    blockNumber: async () => BigInt(await rpc<Hex>('eth_blockNumber')),
    balance: async (address: Hex) => BigInt(await rpc<Hex>('eth_getBalance', [address, 'latest'])),
    nonce: async (address: Hex) =>
      BigInt(await rpc<Hex>('eth_getTransactionCount', [address, 'latest'])),
    setBalance: (address: Hex, value: bigint) => rpc('anvil_setBalance', [address, hex(value)]),
    addBalance: async (address: Hex, delta: bigint) => {
      const current = BigInt(await rpc<Hex>('eth_getBalance', [address, 'latest']))
      await rpc('anvil_setBalance', [address, hex(current + delta)])
    },
    setNonce: (address: Hex, nonce: bigint) => rpc('anvil_setNonce', [address, hex(nonce)]),
    setNextBaseFee: (fee: bigint) => rpc('anvil_setNextBlockBaseFeePerGas', [hex(fee)]),
  }
}

/** A node's answers in wire format, as the sequencer reads them from anvil. */
export type RpcLog = {
  address: Hex
  topics: Hex[]
  data: Hex
  transactionHash: Hex
  logIndex: Hex
}
export type RpcReceipt = {
  transactionHash: Hex
  transactionIndex: Hex
  blockNumber: Hex
  status: Hex
  gasUsed: Hex
  effectiveGasPrice: Hex
  logs: RpcLog[]
}
export type RpcBlock = { number: Hex; timestamp: Hex; stateRoot: Hex; transactions: Hex[] }

/** The anvil helpers' type (`anvilActions`). */
export type AnvilActions = ReturnType<typeof anvilActions>
