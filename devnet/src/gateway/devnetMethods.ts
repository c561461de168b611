import { encodeFunctionData, parseAbi } from 'viem'
import { JsonRpcError } from '../jsonrpc/errors'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import type { GatewayTools } from './tools'

/** The devnet-only namespace: configuration, waiting for idle, changing the batch timing. */
export function devnetMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { ctx } = tools
  const { sequencer, chain } = ctx
  return {
    devnet_getConfig: async () => ({
      l1ChainId: ctx.l1ChainId,
      l2ChainId: chain.chainId,
      batchSealIntervalMs: sequencer.timing.sealIntervalMs,
      commitDelayMs: sequencer.timing.commitDelayMs,
      proveDelayMs: sequencer.timing.proveDelayMs,
      executeDelayMs: sequencer.timing.executeDelayMs,
      finalityConfirmations: 0,
    }),
    /** Waits until every known priority request ran and every sealed batch is executed. */
    devnet_waitIdle: async (params) => {
      const timeoutMs = read(params).number(0, 'timeoutMs', { optional: true }) ?? 60_000
      await sequencer.waitIdle(timeoutMs)
      return true
    },
    /**
     * Deposits announce themselves with the v24–v25 events (from the nullifier, the old shared bridge
     * address) while on, with the v26+ events of the asset router while off (the default).
     */
    devnet_setPreV26Events: async (params) => {
      const on = read(params).bool(0, 'on')
      await ctx.operator.send({
        to: ctx.deployment.l1AssetRouter,
        data: encodeFunctionData({
          abi: parseAbi(['function setPreV26Events(bool)']),
          functionName: 'setPreV26Events',
          args: [on],
        }),
      })
      return on
    },
    /** Mines empty L2 blocks (a deeper history for log scans). */
    devnet_mine: async (params) => {
      const count = read(params).number(0, 'count')
      if (count < 1 || count > 100_000)
        throw new JsonRpcError(-32602, 'count: expected 1 to 100000 blocks')
      await sequencer.mineEmptyBlocks(count)
      return true
    },
    /** Changes this chain's batch timing (ms): tests walk withdrawals through every stage. */
    devnet_setTiming: async (params) => {
      const timing = read(params).object(0, 'timing')
      const next = { ...sequencer.timing }
      for (const key of [
        'sealIntervalMs',
        'commitDelayMs',
        'proveDelayMs',
        'executeDelayMs',
        'priorityDelayMs',
      ] as const) {
        const value = timing[key]
        if (value === undefined) continue
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
          throw new JsonRpcError(-32602, `timing.${key}: expected a non-negative number of ms`)
        next[key] = value
      }
      sequencer.setTiming(next)
      return next
    },
  }
}
