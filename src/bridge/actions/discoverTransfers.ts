import { type Address, erc20Abi, getAddress, isAddressEqual, parseEventLogs } from 'viem'
import { getBlock, getBlockNumber, getTransactionReceipt, readContract } from 'viem/actions'
import {
  getDefaultBridgeAddresses,
  getL2HashFromPriorityOp,
  getMainContractAddress,
  l2BaseTokenAddress,
} from 'viem/zksync'
import { bridgeEventsAbi as events, l2AssetRouterAbi } from '../abis'
import type { BridgeClients, ChainClient } from '../clients'
import {
  decodeBridgeMintData,
  decodeTokenMetadata,
  decodeWithdrawalAssetData,
  tokenFromMetadata,
} from '../history/decoders'
import { getLogsInRanges } from '../history/getLogsInRanges'
import type { DepositTransfer, WithdrawalTransfer } from '../model/transfer'
import { CONTRACTS_ETH_ADDRESS, type TokenRef } from '../tokens'
import { getBaseToken } from './getBaseToken'

export type DiscoverTransfersParameters = BridgeClients & {
  pairId: string
  account: Address
  /** Where to start scanning (the bridge's deployment blocks); default 0. */
  fromBlock?: { l1?: bigint; l2?: bigint }
}

/**
 * The account's deposits and withdrawals found on chain through plain RPC — no explorer, no
 * indexer: L1 `BridgehubDepositBaseTokenInitiated` logs of the account (every L1→L2 request it
 * sent), their receipts (priority request → L2 hash; `BridgehubDepositInitiated` → token and
 * amount), and L2 `Withdrawal` / `WithdrawalInitiatedAssetRouter` logs of the account.
 * Arbitrary L1→L2 calls (request execute) are not deposits and are left out.
 */
export async function discoverTransfers(
  p: DiscoverTransfersParameters,
): Promise<(DepositTransfer | WithdrawalTransfer)[]> {
  const { l1, l2, account, pairId } = p
  const l1ChainId = l1.chain.id
  const l2ChainId = l2.chain.id
  const [bridges, baseToken, mainContract, l1Head, l2Head] = await Promise.all([
    getDefaultBridgeAddresses(l2),
    getBaseToken({ l1, l2 }),
    getMainContractAddress(l2),
    getBlockNumber(l1),
    getBlockNumber(l2),
  ])
  const baseTokenRef: TokenRef = isAddressEqual(baseToken, CONTRACTS_ETH_ADDRESS)
    ? { kind: 'eth' }
    : {
        kind: 'erc20',
        l1Address: getAddress(baseToken),
        name: l2.chain.nativeCurrency.name,
        symbol: l2.chain.nativeCurrency.symbol,
        decimals: l2.chain.nativeCurrency.decimals,
      }

  const [depositLogs, baseWithdrawalLogs, tokenWithdrawalLogs] = await Promise.all([
    getLogsInRanges({
      client: l1,
      address: bridges.sharedL1,
      event: events[0],
      args: { chainId: BigInt(l2ChainId), from: account },
      fromBlock: p.fromBlock?.l1 ?? 0n,
      toBlock: l1Head,
    }),
    getLogsInRanges({
      client: l2,
      address: l2BaseTokenAddress,
      event: events[3],
      args: { _l2Sender: account },
      fromBlock: p.fromBlock?.l2 ?? 0n,
      toBlock: l2Head,
    }),
    getLogsInRanges({
      client: l2,
      address: bridges.sharedL2,
      event: events[4],
      args: { l2Sender: account },
      fromBlock: p.fromBlock?.l2 ?? 0n,
      toBlock: l2Head,
    }),
  ])

  const blockTimes = new Map<string, Promise<number>>()
  const timeOf = (client: ChainClient, blockNumber: bigint, known?: unknown) => {
    if (typeof known === 'bigint' || typeof known === 'number')
      return Promise.resolve(Number(known) * 1000)
    const key = `${client.chain.id}:${blockNumber}`
    let time = blockTimes.get(key)
    if (!time) {
      time = getBlock(client, { blockNumber }).then((block) => Number(block.timestamp) * 1000)
      blockTimes.set(key, time)
    }
    return time
  }

  const common = { version: 1 as const, pairId, account: getAddress(account), l1ChainId, l2ChainId }
  const l1Hashes = [...new Set(depositLogs.map((log) => log.transactionHash))]
  const deposits = await Promise.all(
    l1Hashes.map(async (l1Hash): Promise<DepositTransfer | undefined> => {
      const receipt = await getTransactionReceipt(l1, { hash: l1Hash })
      if (receipt.status !== 'success') return undefined
      const l2Hash = getL2HashFromPriorityOp(receipt, mainContract)
      const [request] = parseEventLogs({
        abi: events,
        logs: receipt.logs,
        eventName: 'NewPriorityRequest',
      })
      const [twoBridges] = parseEventLogs({
        abi: events,
        logs: receipt.logs,
        eventName: 'BridgehubDepositInitiated',
      })
      const createdAt = await timeOf(l1, receipt.blockNumber)
      if (twoBridges) {
        const mint = decodeBridgeMintData(twoBridges.args.bridgeMintCalldata)
        const token = tokenFromMetadata(mint.originToken, decodeTokenMetadata(mint.metadata))
        if (!token) return undefined
        return {
          ...common,
          kind: 'deposit',
          route:
            token.kind === 'eth'
              ? 'eth-to-custom-chain'
              : baseTokenRef.kind === 'eth'
                ? 'erc20-to-eth-chain'
                : 'erc20-to-custom-chain',
          token,
          amount: mint.amount.toString(),
          recipient: getAddress(mint.receiver),
          createdAt,
          l1Hash,
          l2Hash,
        }
      }
      if (request?.args.transaction.data !== '0x') return undefined // request execute
      const tx = request.args.transaction
      return {
        ...common,
        kind: 'deposit',
        route: 'base-token',
        token: baseTokenRef,
        amount: tx.value.toString(),
        recipient: getAddress(`0x${tx.to.toString(16).padStart(40, '0')}`),
        createdAt,
        l1Hash,
        l2Hash,
      }
    }),
  )

  const tokenOf = new Map<Address, Promise<TokenRef | undefined>>()
  const l1TokenOf = (l2Token: Address) => {
    let token = tokenOf.get(l2Token)
    if (!token) {
      token = (async () => {
        const l1Address = await readContract(l2, {
          address: bridges.sharedL2,
          abi: l2AssetRouterAbi,
          functionName: 'l1TokenAddress',
          args: [l2Token],
        })
        if (isAddressEqual(l1Address, CONTRACTS_ETH_ADDRESS)) return { kind: 'eth' } as const
        const [name, symbol, decimals] = await Promise.all(
          (['name', 'symbol', 'decimals'] as const).map((functionName) =>
            readContract(l2, { address: l2Token, abi: erc20Abi, functionName }),
          ),
        )
        return {
          kind: 'erc20',
          l1Address: getAddress(l1Address),
          name: String(name),
          symbol: String(symbol),
          decimals: Number(decimals),
        } as const
      })()
      tokenOf.set(l2Token, token)
    }
    return token
  }

  const withdrawals = await Promise.all([
    ...baseWithdrawalLogs.map(
      async (log): Promise<WithdrawalTransfer> => ({
        ...common,
        kind: 'withdrawal',
        token: baseTokenRef,
        amount: log.args._amount.toString(),
        recipient: getAddress(log.args._l1Receiver),
        createdAt: await timeOf(l2, log.blockNumber, log.blockTimestamp),
        l2Hash: log.transactionHash,
      }),
    ),
    ...tokenWithdrawalLogs.map(async (log): Promise<WithdrawalTransfer | undefined> => {
      const data = decodeWithdrawalAssetData(log.args.assetData)
      const token = await l1TokenOf(getAddress(data.l2Token))
      if (!token) return undefined
      return {
        ...common,
        kind: 'withdrawal',
        token,
        amount: data.amount.toString(),
        recipient: getAddress(data.receiver),
        createdAt: await timeOf(l2, log.blockNumber, log.blockTimestamp),
        l2Hash: log.transactionHash,
      }
    }),
  ])

  return [...deposits, ...withdrawals]
    .filter((t): t is DepositTransfer | WithdrawalTransfer => t !== undefined)
    .sort((a, b) => b.createdAt - a.createdAt)
}
