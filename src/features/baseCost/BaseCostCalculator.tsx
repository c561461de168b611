import type { Address } from 'viem'
import { useAccount } from 'wagmi'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { Select } from '../../components/ui/Select'
import { Spinner } from '../../components/ui/Spinner'
import { TextInput } from '../../components/ui/TextInput'
import type { ChainPair } from '../../config/chains'
import { useBaseCost } from '../../hooks/useBaseCost'
import { useRequestExecuteQuote } from '../../hooks/useRequestExecuteQuote'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import { formatAmount, formatTokenAmount } from '../../lib/format'
import { parseGasLimitInput } from '../deposit/parseGasLimitInput'
import { CallInputs } from '../requestExecute/CallInputs'
import {
  type CallFormValues,
  checkCallForm,
  emptyCallForm,
  readCallForm,
} from '../requestExecute/checkCallForm'
import { parseGasPriceInput } from './parseGasPriceInput'

type BaseCostInputs = {
  gasPriceText: string
  source: 'typed' | 'call'
  gasLimitText: string
  call: CallFormValues
}

const initialInputs: BaseCostInputs = {
  gasPriceText: '',
  source: 'typed',
  gasLimitText: '200000',
  call: emptyCallForm,
}

/** A stored draft, checked field by field (anything odd: start over). */
function readInputs(stored: unknown): BaseCostInputs | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const s = stored as Record<string, unknown>
  const call = s.call as Record<string, unknown> | undefined
  if (typeof s.gasPriceText !== 'string' || typeof s.gasLimitText !== 'string') return undefined
  if (!call || typeof call !== 'object') return undefined
  return {
    gasPriceText: s.gasPriceText.slice(0, 100),
    gasLimitText: s.gasLimitText.slice(0, 100),
    source: s.source === 'call' ? 'call' : 'typed',
    call: readCallForm(call) ?? emptyCallForm,
  }
}

/** Who "sends" an estimated call when no wallet is connected (any address estimates the same). */
const ESTIMATE_FROM: Address = '0x000000000000000000000000000000000000dEaD'

/**
 * The L2 base cost of any L1→L2 transaction: `Bridgehub.l2TransactionBaseCost` for an L1 gas
 * price (live or typed) and an L2 gas limit (typed, or estimated from a call), in the base token.
 */
export function BaseCostCalculator({ pair }: { pair: ChainPair }) {
  const { address } = useAccount()
  const [inputs, setInputs] = useSessionDraft<BaseCostInputs>(
    `ferry:base-cost-draft:v1:${pair.id}`,
    initialInputs,
    readInputs,
  )
  const { gasPriceText, source, gasLimitText, call } = inputs
  const setGasPriceText = (v: string) => setInputs((i) => ({ ...i, gasPriceText: v }))
  const setSource = (v: 'typed' | 'call') => setInputs((i) => ({ ...i, source: v }))
  const setGasLimitText = (v: string) => setInputs((i) => ({ ...i, gasLimitText: v }))
  const setCall = (f: (c: CallFormValues) => CallFormValues) =>
    setInputs((i) => ({ ...i, call: f(i.call) }))
  const baseToken = pair.l2.nativeCurrency

  const gasPrice = parseGasPriceInput(gasPriceText)
  const typedLimit = parseGasLimitInput(gasLimitText)
  const callCheck = checkCallForm(call, baseToken)
  const estimate = useRequestExecuteQuote({
    pair,
    from: address ?? ESTIMATE_FROM,
    ...(source === 'call' && callCheck.target.ok
      ? { contractAddress: callCheck.target.value }
      : {}),
    ...(source === 'call' && callCheck.calldata.ok ? { calldata: callCheck.calldata.value } : {}),
    l2Value: callCheck.l2Value.ok ? callCheck.l2Value.value : 0n,
  })
  const l2GasLimit =
    source === 'typed'
      ? typedLimit.ok && typedLimit.value !== undefined
        ? typedLimit.value
        : undefined
      : estimate.data?.l2GasLimit
  const cost = useBaseCost({
    pair,
    ...(gasPrice.ok && gasPrice.value !== undefined ? { gasPrice: gasPrice.value } : {}),
    ...(gasPrice.ok && l2GasLimit !== undefined ? { l2GasLimit } : {}),
  })
  const result = gasPrice.ok && l2GasLimit !== undefined ? cost.data : undefined

  return (
    <div className="space-y-5" data-testid="base-cost">
      <Field
        label="L1 gas price (gwei)"
        error={gasPriceText.trim() !== '' && !gasPrice.ok ? gasPrice.message : undefined}
        hint={
          gasPriceText.trim() === ''
            ? `Empty: the live price of ${pair.l1.name}${result ? ` (now ${formatAmount(result.gasPrice, 9)} gwei)` : ''}.`
            : undefined
        }
        labelAside={
          gasPriceText.trim() !== '' ? (
            <Button size="sm" variant="ghost" onClick={() => setGasPriceText('')}>
              Use live price
            </Button>
          ) : undefined
        }
      >
        {(control) => (
          <TextInput
            {...control}
            name="gasPrice"
            inputMode="decimal"
            autoComplete="off"
            placeholder="Live"
            value={gasPriceText}
            onChange={(event) => setGasPriceText(event.target.value.trim())}
          />
        )}
      </Field>

      <Select<'typed' | 'call'>
        label="L2 gas limit from"
        value={source}
        onChange={setSource}
        options={[
          { value: 'typed', label: 'A number I type' },
          { value: 'call', label: 'An estimate of a call (zks_estimateGasL1ToL2)' },
        ]}
      />
      {source === 'typed' ? (
        <Field
          label="L2 gas limit"
          error={
            !typedLimit.ok
              ? typedLimit.message
              : typedLimit.value === undefined
                ? 'Enter an L2 gas limit'
                : undefined
          }
        >
          {(control) => (
            <TextInput
              {...control}
              name="l2GasLimit"
              inputMode="numeric"
              autoComplete="off"
              value={gasLimitText}
              onChange={(event) => setGasLimitText(event.target.value)}
            />
          )}
        </Field>
      ) : (
        <div className="space-y-3 rounded-xl border border-line p-3.5">
          <CallInputs
            pair={pair}
            form={call}
            check={callCheck}
            onChange={(p) => setCall((c) => ({ ...c, ...p }))}
          />
          {estimate.isFetching && (
            <p className="flex items-center gap-2 text-sm text-muted">
              <Spinner size="sm" /> Estimating the L2 gas…
            </p>
          )}
          {estimate.data && !estimate.isFetching && (
            <p className="text-sm text-ink" data-testid="estimated-gas">
              Estimated L2 gas limit: {estimate.data.l2GasLimit.toLocaleString('en-US')}
            </p>
          )}
          {estimate.error && !estimate.isFetching && (
            <ErrorMessage error={estimate.error} title="Could not estimate this call" />
          )}
        </div>
      )}

      <p className="text-sm text-muted">
        Gas per pubdata byte: <span className="font-medium text-ink">800</span> (fixed for L1→L2
        transactions).
      </p>

      <div className="rounded-xl bg-subtle px-4 py-4" aria-live="polite">
        <p className="text-xs text-muted">L2 base cost on {pair.l2.name}</p>
        {result ? (
          <>
            <p
              className="text-2xl font-semibold tabular-nums text-ink"
              data-testid="base-cost-result"
              data-wei={result.baseCost.toString()}
            >
              {formatTokenAmount(result.baseCost, baseToken, { exact: true })}
            </p>
            <dl className="mt-3 space-y-1 text-sm" data-testid="base-cost-parts">
              <div className="flex justify-between gap-4">
                <dt className="text-muted">L1 gas price</dt>
                <dd className="tabular-nums text-ink">
                  {formatAmount(result.gasPrice, 9, { exact: true })} gwei
                </dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-muted">L2 gas price derived from it</dt>
                <dd className="tabular-nums text-ink">
                  {formatAmount(result.l2GasPrice, baseToken.decimals, { exact: true })}{' '}
                  {baseToken.symbol}
                </dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-muted">× L2 gas limit</dt>
                <dd className="tabular-nums text-ink">
                  {result.l2GasLimit.toLocaleString('en-US')}
                </dd>
              </div>
            </dl>
            <p className="mt-2 text-xs text-muted">
              From Bridgehub.l2TransactionBaseCost. It is paid upfront in {baseToken.symbol}; the L2
              gas the transaction does not use is refunded on {pair.l2.name}.
            </p>
          </>
        ) : cost.isFetching || (source === 'call' && estimate.isFetching) ? (
          <p className="flex items-center gap-2 py-2 text-sm text-muted">
            <Spinner size="sm" /> Computing…
          </p>
        ) : (
          <p className="py-2 text-sm text-muted">Enter valid inputs to see the base cost.</p>
        )}
        {cost.error && !cost.isFetching && (
          <ErrorMessage
            className="mt-3"
            error={cost.error}
            title="Could not read the base cost"
            onRetry={() => void cost.refetch()}
          />
        )}
      </div>
    </div>
  )
}
