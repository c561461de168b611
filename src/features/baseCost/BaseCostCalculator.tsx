import { useAccount } from 'wagmi'
import type { ChainPair } from '../../bridge/pair'
import { ChoiceToggle } from '../../components/ui/ChoiceToggle'
import { useBaseCost } from '../../hooks/useBaseCost'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import type { CallFormValues } from '../../lib/checkCallForm'
import { BaseCostResult } from './BaseCostResult'
import {
  type BaseCostInputs,
  baseCostDraftKey,
  type GasLimitSource,
  initialBaseCostInputs,
  readBaseCostInputs,
} from './baseCostDraft'
import { CallEstimate } from './CallEstimate'
import { isResultFor, parseRequiredGasLimit } from './checkBaseCostInputs'
import { GasLimitField } from './GasLimitField'
import { GasPriceField } from './GasPriceField'
import { parseGasPriceInput } from './parseGasPriceInput'
import { useCallEstimate } from './useCallEstimate'

/**
 * The L2 base cost of any L1→L2 transaction: `Bridgehub.l2TransactionBaseCost` for an L1 gas
 * price (live or typed) and an L2 gas limit (typed, or estimated from a call), in the base token.
 * A figure is shown only for exactly the current inputs; the inputs survive a reload.
 */
export function BaseCostCalculator({ pair }: { pair: ChainPair }) {
  const { address } = useAccount()
  const [inputs, setInputs] = useSessionDraft<BaseCostInputs>(
    baseCostDraftKey(pair.id),
    initialBaseCostInputs,
    readBaseCostInputs,
  )
  const set = (patch: Partial<BaseCostInputs>) => setInputs((i) => ({ ...i, ...patch }))
  const setCall = (patch: Partial<CallFormValues>) =>
    setInputs((i) => ({ ...i, call: { ...i.call, ...patch } }))

  const gasPrice = parseGasPriceInput(inputs.gasPriceText)
  const typedLimit = parseRequiredGasLimit(inputs.gasLimitText)
  const callEstimate = useCallEstimate({
    pair,
    ...(address ? { from: address } : {}),
    call: inputs.call,
    enabled: inputs.source === 'call',
  })
  const l2GasLimit =
    inputs.source === 'typed'
      ? typedLimit.ok
        ? typedLimit.value
        : undefined
      : callEstimate.l2GasLimit
  const request =
    gasPrice.ok && l2GasLimit !== undefined ? { gasPrice: gasPrice.value, l2GasLimit } : undefined
  const cost = useBaseCost({
    pair,
    ...(request?.gasPrice === undefined ? {} : { gasPrice: request.gasPrice }),
    ...(request ? { l2GasLimit: request.l2GasLimit } : {}),
  })
  const result = request && cost.data && isResultFor(cost.data, request) ? cost.data : undefined
  const estimating =
    inputs.source === 'call' && callEstimate.ready && callEstimate.estimate.isFetching
  const state = result
    ? 'ready'
    : (request && cost.isFetching) || (!request && estimating)
      ? 'computing'
      : request && cost.error
        ? 'error'
        : 'invalid'
  // the live price, from any result computed with it (for the field's hint)
  const livePrice = inputs.gasPriceText.trim() === '' ? result?.gasPrice : undefined

  return (
    <div className="space-y-5" data-testid="base-cost">
      <GasPriceField
        value={inputs.gasPriceText}
        onChange={(gasPriceText) => set({ gasPriceText })}
        check={gasPrice}
        l1Name={pair.l1.name}
        {...(livePrice === undefined ? {} : { livePrice })}
      />
      <ChoiceToggle<GasLimitSource>
        label="L2 gas limit from"
        value={inputs.source}
        onChange={(source) => set({ source })}
        options={[
          { value: 'typed', label: 'Type a number' },
          { value: 'call', label: 'Estimate a call' },
        ]}
      />
      {inputs.source === 'typed' ? (
        <GasLimitField
          value={inputs.gasLimitText}
          onChange={(gasLimitText) => set({ gasLimitText })}
          check={typedLimit}
        />
      ) : (
        <CallEstimate pair={pair} call={inputs.call} model={callEstimate} onChange={setCall} />
      )}
      <p className="text-sm text-muted">
        Gas per pubdata byte: <span className="font-medium text-ink">800</span> (fixed for L1→L2
        transactions).
      </p>
      <BaseCostResult
        l2Name={pair.l2.name}
        baseToken={pair.l2.nativeCurrency}
        result={result}
        live={request?.gasPrice === undefined}
        state={state}
        error={cost.error}
        onRetry={() => void cost.refetch()}
      />
    </div>
  )
}
