import { type Address, type Hex, isHex, size } from 'viem'
import { BOOTLOADER_ADDRESS, L2_GAS_PRICE, PRIORITY_TX_MAX_GAS_LIMIT } from '../constants'
import { JsonRpcError } from '../jsonrpc/errors'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { encodedCanonicalTxLength, minimumL2GasLimit } from '../lib/fees'
import { type GatewayTools, hex } from './tools'

/** zks_estimateGasL1ToL2 and zks_estimateFee: the L2 gas an L1→L2 request or an L2 tx needs. */
export function zksEstimateMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { ctx, plainCall } = tools
  const { anvil } = ctx
  return {
    zks_estimateGasL1ToL2: async (params) => {
      const request = read(params).object(0, 'request')
      const data = (request.data ?? request.input ?? '0x') as Hex
      if (!isHex(data)) throw new JsonRpcError(-32602, 'request.data: expected hex bytes')
      const meta = (request.eip712Meta ?? {}) as { factoryDeps?: unknown[] }
      const depsCount = Array.isArray(meta.factoryDeps) ? meta.factoryDeps.length : 0
      const from = (request.from ?? BOOTLOADER_ADDRESS) as Address
      const value = BigInt((request.value as Hex | undefined) ?? '0x0')
      const evmGas = BigInt(
        await anvil<Hex>('eth_estimateGas', [
          { from, to: request.to, data, value: hex(value) },
          'latest',
          { [from]: { balance: hex(value + 10n ** 24n) } },
        ]),
      )
      const overhead = minimumL2GasLimit({
        encodedLength: encodedCanonicalTxLength(size(data), depsCount),
        factoryDepsCount: depsCount,
      })
      const total = overhead + (evmGas * 12n + 9n) / 10n
      return hex(total < PRIORITY_TX_MAX_GAS_LIMIT ? total : PRIORITY_TX_MAX_GAS_LIMIT)
    },
    zks_estimateFee: async (params) => {
      const request = read(params).object(0, 'request')
      const gas = BigInt(await anvil<Hex>('eth_estimateGas', [plainCall(request)]))
      return {
        gas_limit: hex((gas * 12n + 9n) / 10n),
        max_fee_per_gas: hex(L2_GAS_PRICE),
        max_priority_fee_per_gas: '0x0',
        gas_per_pubdata_limit: hex(50_000),
      }
    },
  }
}
