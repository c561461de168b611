import { describe, expect, it } from 'vitest'
import type { TokenListEntry } from '../../bridge/pair'
import { ETH_TOKEN } from '../../bridge/tokens'
import { withdrawableTokens } from './withdrawableTokens'

const tst: TokenListEntry = {
  address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TST',
  name: 'Test',
  decimals: 18,
}
const tusd: TokenListEntry = {
  address: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const mine: TokenListEntry = {
  address: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
  symbol: 'MINE',
  name: 'Mine',
  decimals: 18,
}

describe('withdrawableTokens', () => {
  it('ETH first on an ETH-based chain, then the list, then imported tokens', () => {
    expect(
      withdrawableTokens({ listed: [ETH_TOKEN, tst, tusd], imported: [mine], baseSymbol: 'ETH' }),
    ).toEqual({ tokens: [ETH_TOKEN, tst, tusd, mine], importedFrom: 3 })
  })

  it('the base token first on a chain paying gas in an ERC-20', () => {
    const { tokens } = withdrawableTokens({
      listed: [ETH_TOKEN, tst, tusd],
      imported: [],
      baseSymbol: 'TST',
    })
    expect(tokens.map((t) => t.symbol)).toEqual(['TST', 'ETH', 'TUSD'])
  })

  it('lists an imported token that is already listed only once', () => {
    const again: TokenListEntry = { ...tusd, address: tusd.address.toLowerCase() as `0x${string}` }
    expect(
      withdrawableTokens({ listed: [ETH_TOKEN, tusd], imported: [again, mine], baseSymbol: 'ETH' }),
    ).toEqual({ tokens: [ETH_TOKEN, tusd, mine], importedFrom: 2 })
  })
})
