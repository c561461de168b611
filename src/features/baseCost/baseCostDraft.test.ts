import { describe, expect, it } from 'vitest'
import { emptyCallForm } from '../../lib/checkCallForm'
import { type BaseCostInputs, readBaseCostInputs } from './baseCostDraft'

describe('readBaseCostInputs', () => {
  it('restores a saved draft', () => {
    const draft: BaseCostInputs = {
      gasPriceText: '2.5',
      source: 'call',
      gasLimitText: '300000',
      call: { ...emptyCallForm, target: '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE' },
    }
    expect(readBaseCostInputs(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
  })

  it('starts over on anything else, and cleans odd fields', () => {
    expect(readBaseCostInputs(null)).toBeUndefined()
    expect(readBaseCostInputs({ gasPriceText: 1, gasLimitText: '1' })).toBeUndefined()
    expect(
      readBaseCostInputs({ gasPriceText: 'x'.repeat(500), gasLimitText: '1', source: 'other' }),
    ).toEqual({
      gasPriceText: 'x'.repeat(100),
      gasLimitText: '1',
      source: 'typed',
      call: emptyCallForm,
    })
  })
})
