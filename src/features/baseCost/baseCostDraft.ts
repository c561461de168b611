import { type CallFormValues, emptyCallForm, readCallForm } from '../../lib/checkCallForm'

/** Where the L2 gas limit comes from: typed, or estimated from a call. */
export type GasLimitSource = 'typed' | 'call'

/** What the user typed on the base cost page, as typed (kept in the draft as is). */
export type BaseCostInputs = {
  /** Gwei; empty = the live L1 price. */
  gasPriceText: string
  source: GasLimitSource
  gasLimitText: string
  call: CallFormValues
}

export const initialBaseCostInputs: BaseCostInputs = {
  gasPriceText: '',
  source: 'typed',
  gasLimitText: '200000',
  call: emptyCallForm,
}

export const baseCostDraftKey = (pairId: string) => `ferry:base-cost-draft:v1:${pairId}`

/** A stored draft, checked field by field; `undefined` (start over) when it is not one. */
export function readBaseCostInputs(stored: unknown): BaseCostInputs | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const s = stored as Record<string, unknown>
  if (typeof s.gasPriceText !== 'string' || typeof s.gasLimitText !== 'string') return undefined
  return {
    gasPriceText: s.gasPriceText.slice(0, 100),
    gasLimitText: s.gasLimitText.slice(0, 100),
    source: s.source === 'call' ? 'call' : 'typed',
    call: readCallForm(s.call) ?? emptyCallForm,
  }
}
