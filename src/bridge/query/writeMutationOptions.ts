import type { Hash } from 'viem'
import { bridgeKeys } from './keys'
import type { MutationOverrides } from './parameters'

export type WriteMutationOptionsParameters<variables> = {
  /** The operation's name (its mutation key). */
  operation: string
  /** Which layer signs: one wallet transaction per layer at a time (a second click waits). */
  layer: 'l1' | 'l2'
  /** Sends the transaction; resolves to its hash. */
  send: (variables: variables) => Promise<Hash>
  /** Persists what was sent the moment its hash exists, before anything can interrupt. */
  save?: ((hash: Hash, variables: variables) => void) | undefined
  mutation?: MutationOverrides<Hash, variables> | undefined
}

/** The shape every write takes: a mutation that resolves to a transaction hash, saved at once. */
export function writeMutationOptions<variables>(p: WriteMutationOptionsParameters<variables>) {
  return {
    ...p.mutation,
    mutationKey: bridgeKeys.write(p.operation),
    scope: { id: `ferry-${p.layer}-write` },
    mutationFn: async (variables: variables): Promise<Hash> => {
      const hash = await p.send(variables)
      p.save?.(hash, variables)
      return hash
    },
  }
}
