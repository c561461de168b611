import type { Address, Hash } from 'viem'

/** Every query key of the bridge, from one place (bigints are fine: the client hashes with wagmi's hashFn). */
export const bridgeKeys = {
  all: ['ferry'] as const,
  baseToken: (p: { l1ChainId: number; l2ChainId: number }) => ['ferry', 'baseToken', p] as const,
  chainCapabilities: (p: { l2ChainId: number }) => ['ferry', 'chainCapabilities', p] as const,
  depositQuote: (p: {
    l1ChainId: number
    l2ChainId: number
    account: Address | undefined
    token: Address
    amount: bigint | undefined
    to: Address | undefined
    l2GasLimit: bigint | undefined
  }) => ['ferry', 'depositQuote', p] as const,
  tokenBalance: (p: { chainId: number; token: Address; account: Address | undefined }) =>
    ['ferry', 'tokenBalance', p] as const,
  tokenInfo: (p: { chainId: number; address: Address | undefined }) =>
    ['ferry', 'tokenInfo', p] as const,
  isContract: (p: { chainId: number; address: Address | undefined }) =>
    ['ferry', 'isContract', p] as const,
  depositStatus: (p: { l1ChainId: number; l2ChainId: number; l1Hash: Hash }) =>
    ['ferry', 'depositStatus', p] as const,
  withdrawalStatus: (p: { l1ChainId: number; l2ChainId: number; l2Hash: Hash | undefined }) =>
    ['ferry', 'withdrawalStatus', p] as const,
  l1ToL2Status: (p: { l1ChainId: number; l2ChainId: number; l1Hash: Hash }) =>
    ['ferry', 'l1ToL2Status', p] as const,
  revertReason: (p: { chainId: number; hash: Hash | undefined; abiKey: string }) =>
    ['ferry', 'revertReason', p] as const,
  l2TokenAddress: (p: { l2ChainId: number; token: string }) =>
    ['ferry', 'l2TokenAddress', p] as const,
  withdrawalQuote: (p: {
    l2ChainId: number
    account: Address | undefined
    token: string
    amount: bigint | undefined
    to: Address | undefined
  }) => ['ferry', 'withdrawalQuote', p] as const,
  discoverTransfers: (p: { pairId: string; account: Address | undefined; depth: number }) =>
    ['ferry', 'discoverTransfers', p] as const,
  claimStatus: (p: { l1ChainId: number; l2ChainId: number; hash: Hash | undefined }) =>
    ['ferry', 'claimStatus', p] as const,
  requestExecuteQuote: (p: {
    l2ChainId: number
    from: Address | undefined
    contractAddress: Address | undefined
    calldata: string | undefined
    l2Value: bigint
    l2GasLimit: bigint | undefined
  }) => ['ferry', 'requestExecuteQuote', p] as const,
  baseCost: (p: {
    l2ChainId: number
    gasPrice: bigint | undefined
    l2GasLimit: bigint | undefined
  }) => ['ferry', 'baseCost', p] as const,
  chainProgress: (p: { l1ChainId: number; l2ChainId: number }) =>
    ['ferry', 'chainProgress', p] as const,
  blockTime: (p: { chainId: number; blockNumber: bigint | undefined }) =>
    ['ferry', 'blockTime', p] as const,
  /** Writes: one key per operation (`useMutationState` filters by it). */
  write: (operation: string) => ['ferry', 'write', operation] as const,
}
