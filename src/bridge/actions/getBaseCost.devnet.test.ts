import { describe, expect, it } from 'vitest'
import { l2TransactionBaseCost } from '../../../devnet/src/lib/fees'
import { publicClients } from '../../testing/devnetClients'
import { getBaseCost } from './getBaseCost'

// The base cost Ferry computes against the devnet's Bridgehub.

const { l1, l2Client } = publicClients()

describe('base cost', () => {
  it('equals Bridgehub.l2TransactionBaseCost and the §10 formula for a grid of inputs', async () => {
    for (const gasPrice of [1n, 10n ** 9n, 2n * 10n ** 9n, 37n * 10n ** 9n, 10n ** 12n])
      for (const l2GasLimit of [100_000n, 300_000n, 2_500_000n, 72_000_000n]) {
        const result = await getBaseCost({ l1, l2: l2Client, gasPrice, l2GasLimit })
        expect(result.baseCost).toBe(
          l2TransactionBaseCost({ gasPrice, l2GasLimit, gasPerPubdata: 800n }),
        )
        expect(result.l2GasPrice * l2GasLimit).toBe(result.baseCost)
      }
  })
})
